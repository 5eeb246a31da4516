using System.Threading.Tasks;
using Xunit;
using Fix203 = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<
    AiRegAnalyzers.AI.AiContentInLogAnalyzer,
    AiRegAnalyzers.CodeFixes.Common.LogAndPromptValueCodeFixProvider>;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.AI.AiContentInLogAnalyzer>;

namespace AiRegAnalyzers.Tests.AI;

/// <summary>AIREG203 where real AI code logs prompts and answers: filters, tool calls, streams and the application's own AI wrappers.</summary>
public class AiFilterAndStreamLogTests
{
    [Fact]
    public async Task SemanticKernel_Filters_Logging_Prompts_Arguments_And_Results_AreFlagged()
    {
        var source = """
            using System;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;
            using Microsoft.SemanticKernel;

            public sealed class PromptLog(ILogger<PromptLog> logger) : IPromptRenderFilter, IFunctionInvocationFilter, IAutoFunctionInvocationFilter
            {
                public async Task OnPromptRenderAsync(PromptRenderContext context, Func<PromptRenderContext, Task> next)
                {
                    await next(context);
                    logger.LogTrace("Rendered prompt: {Prompt}", {|AIREG203:context.RenderedPrompt|});
                    logger.LogDebug("Rendering {Function} of {Plugin}", context.Function.Name, context.Function.PluginName);
                }

                public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
                {
                    logger.LogInformation("Calling {Function} with {Arguments}", context.Function.Name, {|AIREG203:context.Arguments|});
                    await next(context);
                    logger.LogInformation($"Result: {{|AIREG203:context.Result|}}");
                    logger.LogInformation("Result type {Type}, streaming {Streaming}", context.Result.ValueType, context.IsStreaming);
                }

                public async Task OnAutoFunctionInvocationAsync(AutoFunctionInvocationContext context, Func<AutoFunctionInvocationContext, Task> next)
                {
                    logger.LogDebug("Model asked for {Function}: {Arguments}", context.Function.Name, {|AIREG203:context.Arguments|});
                    await next(context);
                    logger.LogDebug("Tool said {Result}", {|AIREG203:context.Result.GetValue<string>()|});
                    logger.LogDebug("Call {Index} of request {Request}", context.FunctionSequenceIndex, context.RequestSequenceIndex);
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Tool_Call_Arguments_And_Streamed_Updates_AreFlagged_Metadata_IsNot()
    {
        var source = """
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Logging;
            using Microsoft.SemanticKernel;
            using Microsoft.SemanticKernel.ChatCompletion;

            public sealed class Streams(IChatClient chat, IChatCompletionService completion, ILogger<Streams> logger)
            {
                public async Task Run(ChatHistory history)
                {
                    await foreach (var update in chat.GetStreamingResponseAsync("Plan my trip"))
                    {
                        logger.LogTrace("Delta {Text}", {|AIREG203:update.Text|});
                        foreach (var call in update.Contents.OfType<Microsoft.Extensions.AI.FunctionCallContent>())
                        {
                            logger.LogDebug("Tool {Name} args {Args}", call.Name, {|AIREG203:call.Arguments|});
                        }

                        logger.LogTrace("Model {Model} finished {Reason}", update.ModelId, update.FinishReason);
                    }

                    await foreach (var chunk in completion.GetStreamingChatMessageContentsAsync(history))
                    {
                        logger.LogTrace("Chunk {Content}", {|AIREG203:chunk.Content|});
                        logger.LogTrace("Chunk of {Role} from {Model}", chunk.Role, chunk.ModelId);
                    }

                    var response = await chat.GetResponseAsync("Summarise");
                    logger.LogInformation("Used {Input} input and {Output} output tokens", response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount);
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task A_Question_Given_To_An_Own_Ai_Wrapper_And_Logged_IsFlagged()
    {
        var source = """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Logging;

            public sealed class Assistant(IChatClient chat)
            {
                public async Task<string> AskAsync(string question) => (await chat.GetResponseAsync(question)).Text;
            }

            public sealed class Desk(Assistant assistant, ILogger<Desk> logger)
            {
                public async Task<string> Handle(string question, string ticketId)
                {
                    var answer = await assistant.AskAsync(question);
                    logger.LogInformation("Ticket {Ticket} asked {Question}", ticketId, {|AIREG203:question|});
                    return answer;
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task A_Title_Only_Interpolated_Into_A_Wrappers_Instruction_Is_Not_The_Prompt()
    {
        var source = """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Logging;

            public sealed class Catalog(IChatClient chat, ILogger<Catalog> logger)
            {
                private async Task<string> TranslateAsync(string title, string language) =>
                    (await chat.GetResponseAsync($"Translate the title '{title}' into {language}. Return only the translation.")).Text;

                private Task<ChatResponse> AskAsync(string question) => Send(question);

                private Task<ChatResponse> Send(string text) => chat.GetResponseAsync(text);

                public async Task Run(string title, string question)
                {
                    try
                    {
                        await TranslateAsync(title, "en");
                        await AskAsync(question);
                    }
                    catch (System.Exception ex)
                    {
                        logger.LogWarning(ex, "Translating {Title} failed", title);
                        logger.LogWarning(ex, "Asking {Question} failed", {|AIREG203:question|});
                    }
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Arguments_The_Model_Passes_To_A_Tool_Logged_AreFlagged()
    {
        var source = """
            using System.Collections.Generic;
            using System.ComponentModel;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Logging;
            using Microsoft.SemanticKernel;

            public sealed class SearchTools(ILogger<SearchTools> logger)
            {
                public IEnumerable<AITool> GetTools() { yield return AIFunctionFactory.Create(SearchAsync); }

                [Description("Searches the knowledge base")]
                private Task<string> SearchAsync(string query, int top = 5)
                {
                    logger.LogDebug("Searching {Query}, top {Top}", {|AIREG203:query|}, top);
                    Trace({|AIREG203:query|});
                    return Task.FromResult("");
                }

                [KernelFunction]
                public string Weather(string city)
                {
                    logger.LogInformation("Weather asked for {City}", {|AIREG203:city|});
                    return "sunny";
                }

                private void Trace(string text) => logger.LogTrace("Search text {Text}", text);

                // Not a tool: the application, not the model, passes the value.
                public void Reindex(string path) => logger.LogInformation("Reindexing {Path}", path);
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Remove_Takes_The_Rendered_Prompt_Out_Of_The_Log()
    {
        await Fix203.VerifyFixAsync(
            """
            using System;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;
            using Microsoft.SemanticKernel;

            public sealed class PromptLog(ILogger<PromptLog> logger) : IPromptRenderFilter
            {
                public async Task OnPromptRenderAsync(PromptRenderContext context, Func<PromptRenderContext, Task> next)
                {
                    await next(context);
                    logger.LogTrace("Rendered {Function} {Prompt}", context.Function.Name, {|AIREG203:context.RenderedPrompt|});
                }
            }
            """,
            """
            using System;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;
            using Microsoft.SemanticKernel;

            public sealed class PromptLog(ILogger<PromptLog> logger) : IPromptRenderFilter
            {
                public async Task OnPromptRenderAsync(PromptRenderContext context, Func<PromptRenderContext, Task> next)
                {
                    await next(context);
                    logger.LogTrace("Rendered {Function}", context.Function.Name);
                }
            }
            """);
    }
}
