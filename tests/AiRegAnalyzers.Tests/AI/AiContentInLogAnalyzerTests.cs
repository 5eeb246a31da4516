using System.Threading.Tasks;
using Xunit;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.AI.AiContentInLogAnalyzer>;

namespace AiRegAnalyzers.Tests.AI;

public class AiContentInLogAnalyzerTests
{
    [Fact]
    public async Task MicrosoftExtensionsAi_Prompts_And_Responses_InLogs_AreFlagged()
    {
        var source = """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Logging;

            public class Triage(IChatClient chat, ILogger<Triage> logger)
            {
                public async Task<string> AskAsync(string question)
                {
                    logger.LogInformation("Triage question: {Question}", {|AIREG203:question|});
                    var response = await chat.GetResponseAsync(question);
                    logger.LogInformation("Model said {Answer}", {|AIREG203:response.Text|});
                    logger.LogDebug("Full response {@Response}", {|AIREG203:response|});
                    logger.LogDebug($"First message: {{|AIREG203:response.Messages[0].Text|}}");
                    var answer = response.Text.Trim();
                    logger.LogInformation("Answer {Answer}", {|AIREG203:answer|});
                    await foreach (var update in chat.GetStreamingResponseAsync(new ChatMessage(ChatRole.User, question)))
                    {
                        logger.LogTrace("Chunk {Chunk}", {|AIREG203:update.Text|});
                    }

                    return answer;
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Message_Names_Expression_And_LogMethod()
    {
        var source = """
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Logging;

            public static class Audit
            {
                public static void Write(ILogger logger, ChatResponse response) => logger.LogWarning("Answer {Answer}", response.Text);
            }
            """;
        await Verify.VerifyAsync(source, Verify.Diagnostic("AIREG203").WithSpan(6, 109, 6, 122).WithArguments("response.Text", "LogWarning", ""));
    }

    [Fact]
    public async Task OpenAi_And_SemanticKernel_Content_InLogs_IsFlagged()
    {
        var source = """
            using System;
            using System.Threading.Tasks;
            using Microsoft.SemanticKernel;
            using Microsoft.SemanticKernel.ChatCompletion;
            using OpenAI.Chat;
            using Serilog;

            public class Assistant
            {
                public async Task RunAsync(ChatClient chat, Kernel kernel, IChatCompletionService service, string prompt)
                {
                    ChatCompletion completion = await chat.CompleteChatAsync(new UserChatMessage(prompt));
                    Log.Information("Completion {Text}", {|AIREG203:completion.Content[0].Text|});
                    Console.WriteLine({|AIREG203:completion.Content[0].Text|});
                    Log.Warning("Refusal {Refusal}", {|AIREG203:completion.Refusal|});

                    FunctionResult result = await kernel.InvokePromptAsync("Summarise the opening hours.");
                    Log.Information("Kernel said {Result}", {|AIREG203:result.ToString()|});
                    Log.Information("Kernel value {Result}", {|AIREG203:result.GetValue<string>()|});

                    var history = new ChatHistory();
                    history.AddUserMessage(prompt);
                    Microsoft.SemanticKernel.ChatMessageContent reply = await service.GetChatMessageContentAsync(history);
                    Log.Information("Reply {Reply}", {|AIREG203:reply.Content|});
                    Log.Information("History {@History}", {|AIREG203:history|});
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Metadata_Constants_And_Unrelated_Strings_AreNotFlagged()
    {
        var source = """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Logging;

            public static class Redaction
            {
                public static string Redact(string value) => "***";
            }

            public class Triage(IChatClient chat, ILogger<Triage> logger)
            {
                public async Task AskAsync(string question, string clinicName)
                {
                    const string SystemPrompt = "You are a triage nurse.";
                    var response = await chat.GetResponseAsync(new[] { new ChatMessage(ChatRole.System, SystemPrompt), new ChatMessage(ChatRole.User, question) });
                    logger.LogInformation("System prompt {Prompt}", SystemPrompt);
                    logger.LogInformation("Clinic {Clinic}", clinicName);
                    logger.LogInformation("Model {Model} finished with {Reason}", response.ModelId, response.FinishReason);
                    logger.LogInformation("Used {Tokens} tokens, answer length {Length}", response.Usage?.TotalTokenCount, response.Text.Length);
                    logger.LogInformation("{Count} messages", response.Messages.Count);
                    logger.LogInformation("Answer (redacted) {Answer}", Redaction.Redact(response.Text));
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task LogWrapper_FromEditorConfig_IsALoggingCall()
    {
        var source = """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            public static class AuditTrail
            {
                public static void Record(string entry) { }
            }

            public class Triage(IChatClient chat)
            {
                public async Task AskAsync(string question)
                {
                    var response = await chat.GetResponseAsync(question);
                    AuditTrail.Record({|AIREG203:response.Text|});
                }
            }
            """;
        await Verify.VerifyAsync(source, "aireg.log_methods = AuditTrail.Record\n");
        await Verify.VerifyAsync(source, "aireg.AIREG203.log_methods = Record\n");
        await Verify.VerifyAsync(source.Replace("{|AIREG203:response.Text|}", "response.Text"));
    }

    [Fact]
    public async Task Property_PassedAsPrompt_IsPromptText_InEveryMethod_ButOtherMembersAreNot()
    {
        var source = """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Logging;

            public sealed record TriageRequest(int PatientId, string Complaint, string Channel);

            public class Triage(IChatClient chat, ILogger<Triage> logger)
            {
                public async Task AskAsync(TriageRequest request)
                {
                    logger.LogInformation("Complaint {Complaint} via {Channel}", {|AIREG203:request.Complaint|}, request.Channel);
                    await chat.GetResponseAsync(new[] { new ChatMessage(ChatRole.User, request.Complaint) });
                }

                // The application's own property is sent whole: it is the prompt wherever it is read (reported at compilation end).
                public void Elsewhere(TriageRequest request) => logger.LogInformation("Complaint {Complaint} via {Channel}", {|AIREG203:request.Complaint|}, request.Channel);
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task BrokenCode_DoesNotThrow()
    {
        var source = """
            using Microsoft.Extensions.Logging;

            public class Triage
            {
                public void Ask(ILogger logger)
                {
                    logger.LogInformation("Answer {Answer}", {|CS0103:response|}.Text);
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }
}
