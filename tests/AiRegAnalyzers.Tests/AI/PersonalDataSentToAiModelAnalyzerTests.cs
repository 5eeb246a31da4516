using System.Threading.Tasks;
using AiRegAnalyzers.AI;
using Xunit;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.AI.PersonalDataSentToAiModelAnalyzer>;

namespace AiRegAnalyzers.Tests.AI;

public class PersonalDataSentToAiModelAnalyzerTests
{
    private const string Patient = """

        public sealed class Patient
        {
            public int Id { get; set; }
            public string FullName { get; set; } = "";
            public string IdNumber { get; set; } = "";
            public string PhoneNumber { get; set; } = "";
            public string Diagnosis { get; set; } = "";
            public string Symptoms { get; set; } = "";
            public string Department { get; set; } = "";
        }

        public static class Pii
        {
            public static string Mask(string value) => new string('*', value.Length);
        }
        """;

    [Fact]
    public async Task MicrosoftExtensionsAi_ChatMessages_AndStringOverloads_AreFlagged()
    {
        var source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            public class Triage
            {
                private readonly IChatClient _chat;
                public Triage(IChatClient chat) => _chat = chat;

                public async Task<string> AskAsync(Patient patient)
                {
                    var messages = new List<ChatMessage>
                    {
                        new(ChatRole.System, "You are a triage nurse."),
                        new ChatMessage(ChatRole.User, $"Patient {{|AIREG201:patient.FullName|}} reports {{|AIREG201:patient.Symptoms|}}"),
                    };
                    var response = await _chat.GetResponseAsync(messages);
                    await _chat.GetResponseAsync({|AIREG201:patient.Diagnosis|});
                    await foreach (var update in _chat.GetStreamingResponseAsync({|AIREG201:"Diagnosis: " + patient.Diagnosis|})) { }
                    var content = new TextContent({|AIREG201:patient.IdNumber|});
                    return response.Text;
                }
            }
            """ + Patient;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Report_Names_Data_Category_And_Api()
    {
        var source = """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            public class Triage
            {
                public Task<ChatResponse> AskAsync(IChatClient chat, Patient patient) => chat.GetResponseAsync(patient.IdNumber);
            }
            """ + Patient;
        await Verify.VerifyAsync(source, Verify.Diagnostic("AIREG201").WithSpan(6, 100, 6, 116)
            .WithArguments("patient.IdNumber", " (identity data, sensitive under PIPL Art. 28)", "ChatClientExtensions.GetResponseAsync", ""));
    }

    [Fact]
    public async Task OpenAi_Messages_Embeddings_AndImplicitConversion_AreFlagged()
    {
        var source = """
            using System.Threading.Tasks;
            using OpenAI.Chat;
            using OpenAI.Embeddings;

            public class Assistant
            {
                public async Task RunAsync(ChatClient chat, EmbeddingClient embeddings, Patient patient)
                {
                    ChatCompletion completion = await chat.CompleteChatAsync(
                        new SystemChatMessage("You summarise clinic notes."),
                        new UserChatMessage($"Summarise the notes of {{|AIREG201:patient.FullName|}}"));
                    chat.CompleteChat(ChatMessage.CreateUserMessage({|AIREG201:patient.PhoneNumber|}));
                    chat.CompleteChat({|AIREG201:patient.Diagnosis|});
                    chat.CompleteChatStreaming(new UserChatMessage(ChatMessageContentPart.CreateTextPart({|AIREG201:patient.Symptoms|})));
                    await embeddings.GenerateEmbeddingAsync({|AIREG201:patient.Diagnosis|});
                    embeddings.GenerateEmbeddings(new[] { "triage", {|AIREG201:patient.Symptoms|} });
                }
            }
            """ + Patient;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task AzureOpenAi_ChatClient_IsFlagged()
    {
        var source = """
            using System;
            using System.ClientModel;
            using Azure.AI.OpenAI;
            using OpenAI.Chat;

            public class Assistant
            {
                public void Run(Patient patient)
                {
                    var azure = new AzureOpenAIClient(new Uri("https://clinic.openai.azure.com"), new ApiKeyCredential("key"));
                    ChatClient chat = azure.GetChatClient("gpt-4o");
                    chat.CompleteChat(new UserChatMessage({|AIREG201:patient.Diagnosis|}));
                    azure.GetEmbeddingClient("embed").GenerateEmbedding({|AIREG201:patient.Symptoms|});
                }
            }
            """ + Patient;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Embedding_Generator_IsFlagged()
    {
        var source = """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            public class Search
            {
                public async Task IndexAsync(IEmbeddingGenerator<string, Embedding<float>> generator, Patient patient)
                {
                    await generator.GenerateAsync(new[] { {|AIREG201:patient.Diagnosis|} });
                    await generator.GenerateAsync({|AIREG201:patient.Symptoms|});
                    await generator.GenerateVectorAsync({|AIREG201:patient.FullName|});
                }
            }
            """ + Patient;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task SemanticKernel_Prompts_History_AndArguments_AreFlagged()
    {
        var source = """
            using System.Threading.Tasks;
            using Microsoft.SemanticKernel;
            using Microsoft.SemanticKernel.ChatCompletion;

            public class Assistant
            {
                public async Task RunAsync(Kernel kernel, IChatCompletionService chat, Patient patient)
                {
                    await kernel.InvokePromptAsync($"Summarise the case of {{|AIREG201:patient.FullName|}}");
                    await kernel.InvokePromptAsync("Summarise {{$diagnosis}}", new KernelArguments { ["diagnosis"] = {|AIREG201:patient.Diagnosis|} });
                    var history = new ChatHistory("You are a clinic assistant.");
                    history.AddUserMessage({|AIREG201:patient.Symptoms|});
                    history.AddMessage(AuthorRole.User, {|AIREG201:patient.PhoneNumber|});
                    history.Add(new ChatMessageContent(AuthorRole.User, {|AIREG201:patient.IdNumber|}));
                    await chat.GetChatMessageContentsAsync(history);
                    await chat.GetChatMessageContentAsync({|AIREG201:patient.Diagnosis|});

                    var arguments = new KernelArguments { ["name"] = {|AIREG201:patient.FullName|} };
                    arguments["symptoms"] = {|AIREG201:patient.Symptoms|};
                    arguments.Add("department", patient.Department);
                    arguments.Add("phone", {|AIREG201:patient.PhoneNumber|});
                    await kernel.InvokePromptAsync("Book {{$name}} ({{$symptoms}}) into {{$department}}", arguments);
                }
            }
            """ + Patient;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task More_Sdk_Forms_AreFlagged()
    {
        var source = """
            #pragma warning disable SKEXP0001
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using Microsoft.SemanticKernel;
            using Microsoft.SemanticKernel.ChatCompletion;
            using Microsoft.SemanticKernel.TextGeneration;
            using OpenAI.Chat;

            public sealed record TriageAdvice(string Department);

            public class Assistant
            {
                public async Task RunAsync(IChatClient chat, IChatCompletionService service, ITextGenerationService text, Patient patient)
                {
                    await chat.GetResponseAsync<TriageAdvice>({|AIREG201:patient.Symptoms|});
                    await foreach (var update in service.GetStreamingChatMessageContentsAsync({|AIREG201:patient.Diagnosis|})) { }
                    await text.GetTextContentsAsync({|AIREG201:patient.Diagnosis|});
                    var history = new ChatHistory({|AIREG201:patient.FullName|}, AuthorRole.User);
                    history.AddAssistantMessage({|AIREG201:patient.PhoneNumber|});
                    var tool = new ToolChatMessage("call_1", {|AIREG201:patient.IdNumber|});
                    var assistant = OpenAI.Chat.ChatMessage.CreateAssistantMessage({|AIREG201:patient.Diagnosis|});
                    var sk = new Microsoft.SemanticKernel.TextContent({|AIREG201:patient.Symptoms|});
                }
            }
            """ + Patient;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Serialized_Carrier_And_Locals_AreFlagged()
    {
        var source = """
            using System.Text.Json;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            public class Triage
            {
                public async Task AskAsync(IChatClient chat, Patient patient)
                {
                    var record = JsonSerializer.Serialize(patient);
                    await chat.GetResponseAsync({|AIREG201:record|});
                    var prompt = "Triage this patient: " + patient.Symptoms + " id " + patient.IdNumber;
                    await chat.GetResponseAsync({|AIREG201:prompt|});
                }
            }
            """ + Patient;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task NonPersonal_And_Redacted_Prompts_AreNotFlagged()
    {
        var source = """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using Microsoft.SemanticKernel;
            using Microsoft.SemanticKernel.ChatCompletion;

            public class Triage
            {
                public async Task AskAsync(IChatClient chat, Kernel kernel, Patient patient, string question)
                {
                    await chat.GetResponseAsync("Which departments are open on Sunday?");
                    await chat.GetResponseAsync(question);
                    await chat.GetResponseAsync($"Suggest a department for patient #{patient.Id}: {patient.Department}");
                    await chat.GetResponseAsync(Pii.Mask(patient.FullName));
                    await chat.GetResponseAsync(new ChatMessage(ChatRole.User, $"Summarise {Pii.Mask(patient.Diagnosis)}"));
                    await kernel.InvokePromptAsync("Summarise {{$text}}", new KernelArguments { ["text"] = Pii.Mask(patient.Symptoms) });
                    var history = new ChatHistory();
                    history.AddUserMessage("How long is the wait?");
                    // Not AI APIs: same method names on unrelated types.
                    var list = new System.Collections.Generic.List<string> { patient.FullName };
                }
            }
            """ + Patient;
        await Verify.VerifyAsync(source);
    }

    [Theory]
    [InlineData("aireg.ai_methods = TriageGateway.AskAsync\n", true)]
    [InlineData(null, false)]
    public async Task Without_an_AI_SDK_only_configured_model_calls_are_sinks(string? editorConfig, bool flagged)
    {
        // An application that references no AI SDK: the rule registers nothing unless a method is configured as a model call.
        var source = """
            using System.Threading.Tasks;

            public static class TriageGateway
            {
                public static Task<string> AskAsync(string text) => Task.FromResult(text);
            }

            public class Triage
            {
                public Task<string> RunAsync(Patient patient) => TriageGateway.AskAsync([|patient.Diagnosis|]);
            }
            """ + Patient;
        var test = new AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<PersonalDataSentToAiModelAnalyzer>.Test
        {
            TestCode = flagged ? source.Replace("[|patient.Diagnosis|]", "{|AIREG201:patient.Diagnosis|}") : source.Replace("[|patient.Diagnosis|]", "patient.Diagnosis"),
        };
        AiRegAnalyzers.Tests.Verifiers.AiRegTestExtensions.Configure(test, editorConfig);
        var withoutAi = new System.Collections.Generic.List<Microsoft.CodeAnalysis.MetadataReference>(test.TestState.AdditionalReferences);
        test.TestState.AdditionalReferences.Clear();
        foreach (var reference in withoutAi)
        {
            var name = System.IO.Path.GetFileNameWithoutExtension(reference.Display ?? string.Empty);
            if (!(name.StartsWith("Microsoft.Extensions.AI", System.StringComparison.Ordinal) || name.StartsWith("OpenAI", System.StringComparison.Ordinal)
                || name.StartsWith("Microsoft.SemanticKernel", System.StringComparison.Ordinal) || name.StartsWith("Azure.AI", System.StringComparison.Ordinal)
                || name.StartsWith("Microsoft.Extensions.VectorData", System.StringComparison.Ordinal)))
            {
                test.TestState.AdditionalReferences.Add(reference);
            }
        }

        Assert.True(test.TestState.AdditionalReferences.Count < withoutAi.Count);
        await test.RunAsync();
    }

    [Fact]
    public async Task Wrapper_Methods_FromEditorConfig_AreFlagged()
    {
        var source = """
            using System.Threading.Tasks;

            public static class TriageGateway
            {
                public static Task<string> AskAsync(string text, System.Threading.CancellationToken cancellationToken = default) => Task.FromResult(text);
            }

            public class Triage
            {
                public Task<string> RunAsync(Patient patient) => TriageGateway.AskAsync({|AIREG201:patient.Diagnosis|});
            }
            """ + Patient;
        await Verify.VerifyAsync(source, "aireg.ai_methods = TriageGateway.AskAsync\n");
        await Verify.VerifyAsync(source, "aireg.AIREG201.ai_methods = AskAsync\n");
        await Verify.VerifyAsync(source.Replace("{|AIREG201:patient.Diagnosis|}", "patient.Diagnosis"));
    }

    [Fact]
    public async Task PersonalDataModel_Options_ChangeTheOutcome()
    {
        var source = """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            public class Triage
            {
                public Task<ChatResponse> AskAsync(IChatClient chat, Patient patient) => chat.GetResponseAsync(patient.Diagnosis);
            }
            """ + Patient;
        await Verify.VerifyAsync(source, "aireg.AIREG201.excluded_names = Diagnosis\n");
        await Verify.VerifyAsync(source, "aireg.AIREG201.sanitizer_methods = Nothing\naireg.excluded_names = Patient.Diagnosis\n");
    }

    [Fact]
    public async Task Calls_Through_An_Implementing_Class_AreFlagged()
    {
        var source = """
            using System;
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            public sealed class LocalEmbedder : IEmbeddingGenerator<string, Embedding<float>>
            {
                public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
                    => Task.FromResult(new GeneratedEmbeddings<Embedding<float>>());
                public object? GetService(Type serviceType, object? serviceKey = null) => null;
                public void Dispose() { }
            }

            public class Search
            {
                public Task<GeneratedEmbeddings<Embedding<float>>> IndexAsync(LocalEmbedder embedder, Patient patient) =>
                    embedder.GenerateAsync(new[] { {|AIREG201:patient.Symptoms|} });

                public IEnumerable<string> Unrelated(Patient patient) => new List<string> { patient.Symptoms };
            }
            """ + Patient;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task BrokenCode_DoesNotThrow()
    {
        var source = """
            using Microsoft.Extensions.AI;

            public class Triage
            {
                public void Ask(IChatClient chat)
                {
                    chat.GetResponseAsync({|CS0103:patient|}.FullName);
                    new ChatMessage(ChatRole.User, {|CS0103:missing|});
                    new TextContent({|CS1503:42|});
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }
}
