using System.Threading.Tasks;
using AiRegAnalyzers.CodeFixes.Common;
using AiRegAnalyzers.AI;
using AiRegAnalyzers.CodeFixes.AI;
using AiRegAnalyzers.Tests.Verifiers;
using Xunit;
using Fix201 = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<
    AiRegAnalyzers.AI.PersonalDataSentToAiModelAnalyzer,
    AiRegAnalyzers.CodeFixes.Common.LogAndPromptValueCodeFixProvider>;
using Fix202 = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<
    AiRegAnalyzers.AI.AiTelemetrySensitiveDataAnalyzer,
    AiRegAnalyzers.CodeFixes.AI.AiTelemetrySensitiveDataCodeFixProvider>;
using Fix203 = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<
    AiRegAnalyzers.AI.AiContentInLogAnalyzer,
    AiRegAnalyzers.CodeFixes.Common.LogAndPromptValueCodeFixProvider>;
using Verify203 = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.AI.AiContentInLogAnalyzer>;
using Fix204 = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<
    AiRegAnalyzers.AI.UnsafeDeserializerAnalyzer,
    AiRegAnalyzers.CodeFixes.AI.UnsafeDeserializerCodeFixProvider>;

namespace AiRegAnalyzers.Tests.AI;

public class AiCodeFixTests
{
    private const string Types = """

        namespace Clinic
        {
            public sealed class Patient
            {
                public string FullName { get; set; } = "";
                public string Diagnosis { get; set; } = "";
                public string Symptoms { get; set; } = "";
                public System.DateTime DateOfBirth { get; set; }
            }

            public static class Pii
            {
                public static string Mask(string value) => new string('*', value.Length);
            }
        }
        """;

    private const string Redaction = "aireg.redaction_method = Clinic.Pii.Mask\n";

    [Fact]
    public async Task AIREG201_Redact_WrapsPromptValues()
    {
        await Fix201.VerifyFixAsync(
            """
            using System.Threading.Tasks;
            using Clinic;
            using Microsoft.Extensions.AI;

            class C
            {
                async Task M(IChatClient chat, Patient patient)
                {
                    await chat.GetResponseAsync({|AIREG201:patient.Diagnosis|});
                    await chat.GetResponseAsync($"Born {{|AIREG201:patient.DateOfBirth|}}, advise on vaccination");
                }
            }
            """ + Types,
            """
            using System.Threading.Tasks;
            using Clinic;
            using Microsoft.Extensions.AI;

            class C
            {
                async Task M(IChatClient chat, Patient patient)
                {
                    await chat.GetResponseAsync(Pii.Mask(patient.Diagnosis));
                    await chat.GetResponseAsync($"Born {Pii.Mask(patient.DateOfBirth.ToString())}, advise on vaccination");
                }
            }
            """ + Types,
            Redaction,
            AiRegCodeFixProvider.EquivalenceKey(RuleIds.PersonalDataSentToAiModel, FixKind.Wrap));
    }

    [Fact]
    public async Task AIREG201_Remove_DropsTheHoleFromThePrompt()
    {
        await Fix201.VerifyFixAsync(
            """
            using System.Threading.Tasks;
            using Clinic;
            using Microsoft.Extensions.AI;

            class C
            {
                Task<ChatResponse> M(IChatClient chat, Patient patient) =>
                    chat.GetResponseAsync($"Patient {{|AIREG201:patient.FullName|}} reports chest pain; suggest a department");
            }
            """ + Types,
            """
            using System.Threading.Tasks;
            using Clinic;
            using Microsoft.Extensions.AI;

            class C
            {
                Task<ChatResponse> M(IChatClient chat, Patient patient) =>
                    chat.GetResponseAsync($"Patient reports chest pain; suggest a department");
            }
            """ + Types,
            equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.PersonalDataSentToAiModel, FixKind.Remove));
    }

    [Fact]
    public async Task AIREG201_NoFix_ForAWholeArgument_WithoutRedactionMethod()
    {
        await Fix201.VerifyNoFixAsync(
            """
            using System.Threading.Tasks;
            using Clinic;
            using Microsoft.Extensions.AI;

            class C
            {
                Task<ChatResponse> M(IChatClient chat, Patient patient) => chat.GetResponseAsync({|AIREG201:patient.Diagnosis|});
            }
            """ + Types);
    }

    [Fact]
    public async Task AIREG201_FixAll_WrapsEveryValue()
    {
        await Fix201.VerifyFixAllAsync(
            """
            using Clinic;
            using Microsoft.Extensions.AI;

            class C
            {
                void M(Patient patient)
                {
                    var message = new ChatMessage(ChatRole.User, $"{{|AIREG201:patient.FullName|}}: {{|AIREG201:patient.Symptoms|}}");
                    var content = new TextContent({|AIREG201:patient.Diagnosis|});
                }
            }
            """ + Types,
            """
            using Clinic;
            using Microsoft.Extensions.AI;

            class C
            {
                void M(Patient patient)
                {
                    var message = new ChatMessage(ChatRole.User, $"{Pii.Mask(patient.FullName)}: {Pii.Mask(patient.Symptoms)}");
                    var content = new TextContent(Pii.Mask(patient.Diagnosis));
                }
            }
            """ + Types,
            Redaction,
            AiRegCodeFixProvider.EquivalenceKey(RuleIds.PersonalDataSentToAiModel, FixKind.Wrap));
    }

    [Fact]
    public async Task AIREG202_SetsFalse()
    {
        await Fix202.VerifyFixAsync(
            """
            using System;
            using Microsoft.Extensions.AI;

            class C
            {
                void M(OpenTelemetryChatClient client)
                {
                    client.EnableSensitiveData = {|AIREG202:true|};
                    Environment.SetEnvironmentVariable("SEMANTICKERNEL_EXPERIMENTAL_GENAI_ENABLE_OTEL_DIAGNOSTICS_SENSITIVE", {|AIREG202:"true"|});
                }
            }
            """,
            """
            using System;
            using Microsoft.Extensions.AI;

            class C
            {
                void M(OpenTelemetryChatClient client)
                {
                    client.EnableSensitiveData = false;
                    Environment.SetEnvironmentVariable("SEMANTICKERNEL_EXPERIMENTAL_GENAI_ENABLE_OTEL_DIAGNOSTICS_SENSITIVE", "false");
                }
            }
            """,
            equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.AiTelemetrySensitiveData, FixKind.Disable));
    }

    [Fact]
    public async Task AIREG202_FixAll_SetsEverySettingToFalse()
    {
        await Fix202.VerifyFixAllAsync(
            """
            using System;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.DependencyInjection;

            class C
            {
                void M(IServiceCollection services, IChatClient inner)
                {
                    services.AddChatClient(inner).UseOpenTelemetry(configure: c => c.EnableSensitiveData = {|AIREG202:true|});
                    AppContext.SetSwitch("Microsoft.SemanticKernel.Experimental.GenAI.EnableOTelDiagnosticsSensitive", {|AIREG202:true|});
                }
            }
            """,
            """
            using System;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.DependencyInjection;

            class C
            {
                void M(IServiceCollection services, IChatClient inner)
                {
                    services.AddChatClient(inner).UseOpenTelemetry(configure: c => c.EnableSensitiveData = false);
                    AppContext.SetSwitch("Microsoft.SemanticKernel.Experimental.GenAI.EnableOTelDiagnosticsSensitive", false);
                }
            }
            """,
            equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.AiTelemetrySensitiveData, FixKind.Disable));
    }

    [Fact]
    public async Task AIREG203_Redact_WrapsTheResponse_AndTheWrappedValueIsClear()
    {
        await Fix203.VerifyFixAsync(
            """
            using System.Threading.Tasks;
            using Clinic;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Logging;

            class C
            {
                async Task M(IChatClient chat, ILogger logger, string question)
                {
                    var response = await chat.GetResponseAsync(question);
                    logger.LogInformation("Answered: {Answer}", {|AIREG203:response.Text|});
                }
            }
            """ + Types,
            """
            using System.Threading.Tasks;
            using Clinic;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Logging;

            class C
            {
                async Task M(IChatClient chat, ILogger logger, string question)
                {
                    var response = await chat.GetResponseAsync(question);
                    logger.LogInformation("Answered: {Answer}", Pii.Mask(response.Text));
                }
            }
            """ + Types,
            Redaction,
            AiRegCodeFixProvider.EquivalenceKey(RuleIds.AiContentInLog, FixKind.Wrap));
    }

    [Fact]
    public async Task AIREG203_Configured_Sanitizer_Clears_And_Is_Offered_As_The_Wrap()
    {
        // Scrub has no redaction word in its name: only aireg.sanitizer_methods makes it one.
        const string Scrubber = """

            namespace Clinic.Text
            {
                public static class Scrubber
                {
                    public static string Scrub(string value) => value.Length > 3 ? value.Substring(0, 3) + "..." : value;
                    public static string Shorten(string value) => value.Length > 80 ? value.Substring(0, 80) : value;
                }
            }
            """;
        const string Options = "aireg.redaction_method = Clinic.Text.Scrubber.Scrub\naireg.sanitizer_methods = Scrubber.Scrub\n";
        await Fix203.VerifyFixAsync(
            """
            using System.Threading.Tasks;
            using Clinic.Text;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Logging;

            class C
            {
                async Task M(IChatClient chat, ILogger logger, string question)
                {
                    var response = await chat.GetResponseAsync(question);
                    logger.LogInformation("Answered: {Answer}", {|AIREG203:response.Text|});
                    logger.LogInformation("Short: {Answer}", {|AIREG203:Scrubber.Shorten(response.Text)|});
                    logger.LogInformation("Scrubbed: {Answer}", Scrubber.Scrub(response.Text));
                }
            }
            """ + Scrubber,
            """
            using System.Threading.Tasks;
            using Clinic.Text;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Logging;

            class C
            {
                async Task M(IChatClient chat, ILogger logger, string question)
                {
                    var response = await chat.GetResponseAsync(question);
                    logger.LogInformation("Answered: {Answer}", Scrubber.Scrub(response.Text));
                    logger.LogInformation("Short: {Answer}", Scrubber.Scrub(Scrubber.Shorten(response.Text)));
                    logger.LogInformation("Scrubbed: {Answer}", Scrubber.Scrub(response.Text));
                }
            }
            """ + Scrubber,
            Options,
            AiRegCodeFixProvider.EquivalenceKey(RuleIds.AiContentInLog, FixKind.Wrap));
    }

    [Fact]
    public async Task AIREG203_Without_The_Sanitizer_Setting_A_Scrubbed_Value_Is_Still_Content()
    {
        await Verify203.VerifyAsync(
            """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Logging;

            static class Scrubber
            {
                public static string Scrub(string value) => value.Substring(0, 3);
            }

            class C
            {
                async Task M(IChatClient chat, ILogger logger, string question)
                {
                    var response = await chat.GetResponseAsync(question);
                    logger.LogInformation("Scrubbed: {Answer}", {|AIREG203:Scrubber.Scrub(response.Text)|});
                }
            }
            """,
            "aireg.sanitizer_methods = Other.Scrub\n");
    }

    [Fact]
    public async Task AIREG203_Remove_TakesTheValueAndItsHoleOut()
    {
        await Fix203.VerifyFixAsync(
            """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Logging;

            class C
            {
                async Task M(IChatClient chat, ILogger logger, string question)
                {
                    var response = await chat.GetResponseAsync(question);
                    logger.LogInformation("Answered in {Ms} ms: {Answer}", 42, {|AIREG203:response.Text|});
                }
            }
            """,
            """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Logging;

            class C
            {
                async Task M(IChatClient chat, ILogger logger, string question)
                {
                    var response = await chat.GetResponseAsync(question);
                    logger.LogInformation("Answered in {Ms} ms", 42);
                }
            }
            """,
            equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.AiContentInLog, FixKind.Remove));
    }

    [Fact]
    public async Task AIREG203_FixAll_RemovesEveryValue()
    {
        await Fix203.VerifyFixAllAsync(
            """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Logging;

            class C
            {
                async Task M(IChatClient chat, ILogger logger, string question)
                {
                    var response = await chat.GetResponseAsync(question);
                    logger.LogInformation("Asked {Question}, answered {Answer}", {|AIREG203:question|}, {|AIREG203:response.Text|});
                    logger.LogDebug($"Answer was {{|AIREG203:response.Text|}}");
                }
            }
            """,
            """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Logging;

            class C
            {
                async Task M(IChatClient chat, ILogger logger, string question)
                {
                    var response = await chat.GetResponseAsync(question);
                    logger.LogInformation("Asked, answered");
                    logger.LogDebug($"Answer was");
                }
            }
            """,
            equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.AiContentInLog, FixKind.Remove));
    }

    [Fact]
    public async Task AIREG204_UsesTypeNameHandlingNone()
    {
        await Fix204.VerifyFixAsync(
            """
            using Newtonsoft.Json;

            class C
            {
                JsonSerializerSettings M() => new JsonSerializerSettings { TypeNameHandling = {|AIREG204:TypeNameHandling.Auto|} };

                [JsonProperty(TypeNameHandling = {|AIREG204:TypeNameHandling.All|})]
                public object? Payload { get; set; }
            }
            """,
            """
            using Newtonsoft.Json;

            class C
            {
                JsonSerializerSettings M() => new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None };

                [JsonProperty(TypeNameHandling = TypeNameHandling.None)]
                public object? Payload { get; set; }
            }
            """,
            equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.UnsafeDeserializer, FixKind.TypeNameHandlingNone));
    }

    [Fact]
    public async Task AIREG204_FixAll_And_NoFixForFormatters()
    {
        await Fix204.VerifyFixAllAsync(
            """
            class C
            {
                void M(Newtonsoft.Json.JsonSerializer serializer, Newtonsoft.Json.JsonSerializerSettings settings)
                {
                    serializer.TypeNameHandling = {|AIREG204:Newtonsoft.Json.TypeNameHandling.All|};
                    settings.TypeNameHandling = {|AIREG204:(Newtonsoft.Json.TypeNameHandling)4|};
                }
            }
            """,
            """
            class C
            {
                void M(Newtonsoft.Json.JsonSerializer serializer, Newtonsoft.Json.JsonSerializerSettings settings)
                {
                    serializer.TypeNameHandling = Newtonsoft.Json.TypeNameHandling.None;
                    settings.TypeNameHandling = Newtonsoft.Json.TypeNameHandling.None;
                }
            }
            """,
            equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.UnsafeDeserializer, FixKind.TypeNameHandlingNone));

        await Fix204.VerifyNoFixAsync(
            """
            #pragma warning disable SYSLIB0011
            class C
            {
                object M(System.IO.Stream stream) => {|AIREG204:new System.Runtime.Serialization.Formatters.Binary.BinaryFormatter()|}.Deserialize(stream);
            }
            """);
    }

    [Fact]
    public async Task AIREG204_FixAll_leaves_formatters_assigned_or_set_in_an_initializer()
    {
        // A formatter created on the right of an assignment sits where a TypeNameHandling value would.
        var test = new Fix204.Test
        {
            TestCode = """
            #pragma warning disable SYSLIB0011
            using System.Runtime.Serialization.Formatters.Binary;
            using Newtonsoft.Json;

            class Holder
            {
                public object? Formatter { get; set; }
            }

            class C
            {
                private BinaryFormatter? _formatter;

                Holder M(JsonSerializerSettings settings)
                {
                    _formatter = {|AIREG204:new BinaryFormatter()|};
                    settings.TypeNameHandling = {|AIREG204:TypeNameHandling.Objects|};
                    return new Holder { Formatter = {|AIREG204:new BinaryFormatter()|} };
                }
            }
            """,
            FixedCode = """
            #pragma warning disable SYSLIB0011
            using System.Runtime.Serialization.Formatters.Binary;
            using Newtonsoft.Json;

            class Holder
            {
                public object? Formatter { get; set; }
            }

            class C
            {
                private BinaryFormatter? _formatter;

                Holder M(JsonSerializerSettings settings)
                {
                    _formatter = {|AIREG204:new BinaryFormatter()|};
                    settings.TypeNameHandling = TypeNameHandling.None;
                    return new Holder { Formatter = {|AIREG204:new BinaryFormatter()|} };
                }
            }
            """,
            CodeActionEquivalenceKey = AiRegCodeFixProvider.EquivalenceKey(RuleIds.UnsafeDeserializer, FixKind.TypeNameHandlingNone),
            NumberOfIncrementalIterations = 1,
            NumberOfFixAllIterations = 1,
            NumberOfFixAllInDocumentIterations = 1,
            NumberOfFixAllInProjectIterations = 1,
        };
        test.FixedState.MarkupHandling = Microsoft.CodeAnalysis.Testing.MarkupMode.Allow;
        test.Configure(null);
        await test.RunAsync();
        await Fix204.VerifyNoFixAsync(
            """
            #pragma warning disable SYSLIB0011
            class C
            {
                private System.Runtime.Serialization.Formatters.Binary.BinaryFormatter? _formatter;

                void M() => _formatter = {|AIREG204:new System.Runtime.Serialization.Formatters.Binary.BinaryFormatter()|};
            }
            """);
    }
}
