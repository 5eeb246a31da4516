using System.Threading.Tasks;
using AiRegAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.AI.AiContentInLogAnalyzer>;

namespace AiRegAnalyzers.Tests.AI;

/// <summary>
/// AIREG203 across methods and classes: a string property of an application type that the
/// application sends to a model, copies into one, or fills from a prompt or an answer, is AI
/// content wherever it is logged (decided at compilation end).
/// </summary>
public class AiContentMemberLogTests
{
    [Fact]
    public async Task Queue_Item_Copied_Into_A_Prompt_Dto_Sent_Elsewhere_IsFlagged_Where_It_Is_Logged()
    {
        var source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;
            using Microsoft.SemanticKernel;
            using Microsoft.SemanticKernel.ChatCompletion;

            public sealed class InboxItem
            {
                public string Id { get; set; } = "";
                public string Body { get; set; } = "";
                public string Channel { get; set; } = "";
            }

            public sealed class PromptLine
            {
                public string Role { get; set; } = "user";
                public string Text { get; set; } = "";
            }

            public sealed class InboxWorker(ILogger<InboxWorker> logger, Replier replier)
            {
                public async Task Drain(Queue<InboxItem> queue)
                {
                    while (queue.Count > 0)
                    {
                        var item = queue.Dequeue();
                        logger.LogInformation("Received {Body} ({Id}) on {Channel}", {|AIREG203:item.Body|}, item.Id, item.Channel);
                        var lines = new List<PromptLine> { new PromptLine { Role = "user", Text = item.Body } };
                        await replier.Reply(lines);
                    }
                }
            }

            public sealed class Replier(IChatCompletionService chat)
            {
                public async Task<string?> Reply(List<PromptLine> lines)
                {
                    var history = new ChatHistory();
                    lines.ForEach(line => history.Add(new ChatMessageContent(new AuthorRole(line.Role), line.Text)));
                    var answer = await chat.GetChatMessageContentAsync(history);
                    return answer.Content;
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Question_Filled_From_A_Sent_Message_IsFlagged_In_The_Service_That_Logs_It_Ids_Models_And_Counts_AreNot()
    {
        var source = """
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Logging;

            public sealed class TurnDto
            {
                public string Role { get; set; } = "user";
                public string Text { get; set; } = "";
            }

            public sealed class AuditEntry
            {
                public string AppId { get; set; } = "";
                public string Question { get; set; } = "";
                public string Model { get; set; } = "";
                public string Reply { get; set; } = "";
                public int Tokens { get; set; }
            }

            public sealed class Assistant(IChatClient chat, AuditLog audit)
            {
                public async Task Ask(string appId, string modelId, List<TurnDto> turns)
                {
                    var question = turns.Last().Text;
                    var response = await chat.GetResponseAsync(Build(turns));
                    await audit.Record(new AuditEntry
                    {
                        AppId = appId,
                        Question = question,
                        Model = modelId,
                        Reply = response.Text,
                        Tokens = (int)(response.Usage?.TotalTokenCount ?? 0),
                    });
                }

                private static List<ChatMessage> Build(List<TurnDto> turns) =>
                    turns.Select(t => new ChatMessage(t.Role == "user" ? ChatRole.User : ChatRole.Assistant, t.Text)).ToList();
            }

            public sealed class AuditLog(ILogger<AuditLog> logger)
            {
                public Task Record(AuditEntry entry)
                {
                    logger.LogDebug("App {AppId} asked {Question}", entry.AppId, {|AIREG203:entry.Question[..System.Math.Min(50, entry.Question.Length)]|});
                    logger.LogDebug("Answered by {Model} in {Tokens} tokens, {Length} characters", entry.Model, entry.Tokens, entry.Reply.Length);
                    logger.LogTrace($"Reply: {{|AIREG203:entry.Reply|}}");
                    return Task.CompletedTask;
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task OpenAI_Message_Dto_Sent_In_One_Class_IsFlagged_When_Logged_In_Another()
    {
        var source = """
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;
            using OpenAI.Chat;

            public sealed class SupportRequest
            {
                public string TicketId { get; set; } = "";
                public string Complaint { get; set; } = "";
            }

            public sealed class Triage(ChatClient chat)
            {
                public async Task<string> Classify(SupportRequest request)
                {
                    ChatCompletion completion = await chat.CompleteChatAsync(new UserChatMessage(request.Complaint));
                    return completion.Content[0].Text;
                }
            }

            public sealed class Intake(ILogger<Intake> logger, Triage triage)
            {
                public async Task Accept(SupportRequest request)
                {
                    logger.LogInformation("Ticket {Id}: {Complaint}", request.TicketId, {|AIREG203:request.Complaint|});
                    await triage.Classify(request);
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task A_Sent_Member_Logged_Through_A_Redaction_Method_IsNot_Flagged()
    {
        var source = """
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;
            using OpenAI.Chat;

            public sealed class SupportRequest
            {
                public string Complaint { get; set; } = "";
            }

            public static class Redaction
            {
                public static string Mask(string text) => new string('*', text.Length);
            }

            public sealed class Triage(ChatClient chat)
            {
                public async Task<string> Classify(SupportRequest request)
                {
                    ChatCompletion completion = await chat.CompleteChatAsync(new UserChatMessage(request.Complaint));
                    return completion.Content[0].Text;
                }
            }

            public sealed class Intake(ILogger<Intake> logger, Triage triage)
            {
                public async Task Accept(SupportRequest request)
                {
                    logger.LogInformation("Complaint {Complaint}", Redaction.Mask(request.Complaint));
                    await triage.Classify(request);
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Dto_Declared_In_A_Contracts_Project_IsFollowed_Framework_Members_AreNot()
    {
        var contracts = """
            namespace Contracts;

            public sealed class BotMessage
            {
                public string MessageId { get; set; } = "";
                public string Content { get; set; } = "";
            }

            public sealed class CompletionLine
            {
                public string role { get; set; } = "user";
                public string content { get; set; } = "";
            }
            """;
        var source = """
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Contracts;
            using Microsoft.Extensions.Logging;
            using Microsoft.SemanticKernel;
            using Microsoft.SemanticKernel.ChatCompletion;

            public sealed class BotWorker(ILogger<BotWorker> logger, IChatCompletionService chat)
            {
                public void Received(BotMessage message) =>
                    logger.LogInformation("Message {Content} ({Id})", {|AIREG203:message.Content|}, message.MessageId);

                public async Task Answer(BotMessage message)
                {
                    var lines = new List<CompletionLine> { new CompletionLine { content = message.Content } };
                    var history = new ChatHistory();
                    foreach (var line in lines)
                    {
                        history.AddUserMessage(line.content);
                    }

                    await chat.GetChatMessageContentAsync(history);
                }

                public async Task Explain(Exception error)
                {
                    await chat.GetChatMessageContentAsync(new ChatHistory(error.Message));
                }

                public void Failed(Exception error) => logger.LogWarning("Failed: {Message}", error.Message);
            }
            """;
        var test = new Verify.Test { TestCode = source };
        test.Configure(null);
        var project = test.TestState.AdditionalProjects["Contracts"];
        project.ReferenceAssemblies = test.ReferenceAssemblies;
        project.AdditionalReferences.AddRange(TestReferences.All);
        project.Sources.Add(("BotMessage.cs", contracts));
        test.TestState.AdditionalProjectReferences.Add("Contracts");
        await test.RunAsync();
    }

    [Fact]
    public async Task Members_Never_Sent_Or_Filled_From_Ai_Content_AreNot_Flagged()
    {
        var source = """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Logging;

            public sealed class ChatTurn
            {
                public string Content { get; set; } = "";
                public string Title { get; set; } = "";
            }

            public sealed class Order
            {
                public string Content { get; set; } = "";
            }

            public sealed class Settings
            {
                public string ModelId { get; set; } = "";
                public string Greeting { get; set; } = "";
            }

            public sealed class Chat(IChatClient chat, ILogger<Chat> logger)
            {
                public async Task<string> Send(ChatTurn turn, Settings settings)
                {
                    // Only interpolated into a larger prompt: not the prompt itself.
                    var response = await chat.GetResponseAsync($"Answer briefly. Topic: {turn.Title}. {turn.Content}");
                    settings.Greeting = "Hello";
                    settings.ModelId = response.ModelId ?? "";
                    return response.Text;
                }
            }

            public sealed class Elsewhere(ILogger<Elsewhere> logger)
            {
                public void Note(ChatTurn turn, Order order, Settings settings)
                {
                    logger.LogInformation("Turn {Title}: {Content}", turn.Title, turn.Content);
                    logger.LogInformation("Order {Content}", order.Content);
                    logger.LogInformation("Model {Model}, greeting {Greeting}", settings.ModelId, settings.Greeting);
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Same_Named_Member_Of_A_Type_Without_Ai_Sdk_Is_Not_Flagged()
    {
        var source = """
            using Microsoft.Extensions.Logging;

            public sealed class Message
            {
                public string Content { get; set; } = "";
            }

            public sealed class Relay(ILogger<Relay> logger)
            {
                public void Forward(Message message)
                {
                    var copy = new Message { Content = message.Content };
                    logger.LogInformation("Relaying {Content}", copy.Content);
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }
}
