using System.Threading.Tasks;
using Xunit;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.AI.AiTelemetrySensitiveDataAnalyzer>;

namespace AiRegAnalyzers.Tests.AI;

public class AiTelemetrySensitiveDataAnalyzerTests
{
    [Fact]
    public async Task EnableSensitiveData_True_IsFlagged_InEveryForm()
    {
        var source = """
            using System;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Logging;

            public static class AiSetup
            {
                public static void Configure(IServiceCollection services, IChatClient inner, IEmbeddingGenerator<string, Embedding<float>> generator, ILoggerFactory loggerFactory)
                {
                    services.AddChatClient(inner).UseOpenTelemetry(loggerFactory, configure: c => c.EnableSensitiveData = {|AIREG202:true|});
                    services.AddChatClient(inner).UseOpenTelemetry(configure: c => { c.EnableSensitiveData = {|AIREG202:true|}; });

                    var client = new OpenTelemetryChatClient(inner) { EnableSensitiveData = {|AIREG202:true|} };
                    client.EnableSensitiveData = {|AIREG202:true|};

                    var embeddings = new EmbeddingGeneratorBuilder<string, Embedding<float>>(generator)
                        .UseOpenTelemetry(configure: g => g.EnableSensitiveData = {|AIREG202:true|})
                        .Build();
                    var direct = new OpenTelemetryEmbeddingGenerator<string, Embedding<float>>(generator);
                    direct.EnableSensitiveData = {|AIREG202:true|};
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Message_Names_The_Setting()
    {
        var source = """
            using Microsoft.Extensions.AI;

            public static class AiSetup
            {
                public static void Configure(OpenTelemetryChatClient client) => client.EnableSensitiveData = true;
            }
            """;
        await Verify.VerifyAsync(source, Verify.Diagnostic("AIREG202").WithSpan(5, 98, 5, 102).WithArguments("OpenTelemetryChatClient.EnableSensitiveData = true"));
    }

    [Fact]
    public async Task SemanticKernel_Switch_And_EnvironmentVariable_AreFlagged()
    {
        var source = """
            using System;

            public static class AiSetup
            {
                public static void Configure()
                {
                    AppContext.SetSwitch("Microsoft.SemanticKernel.Experimental.GenAI.EnableOTelDiagnosticsSensitive", {|AIREG202:true|});
                    AppContext.SetSwitch(isEnabled: {|AIREG202:true|}, switchName: "Microsoft.SemanticKernel.Experimental.GenAI.EnableOTelDiagnosticsSensitive");
                    Environment.SetEnvironmentVariable("SEMANTICKERNEL_EXPERIMENTAL_GENAI_ENABLE_OTEL_DIAGNOSTICS_SENSITIVE", {|AIREG202:"true"|});
                    Environment.SetEnvironmentVariable("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", {|AIREG202:"True"|});
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Disabled_NonConstant_And_Unrelated_Settings_AreNotFlagged()
    {
        var source = """
            using System;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.DependencyInjection;

            public class Options
            {
                public bool EnableSensitiveData { get; set; }
            }

            public static class AiSetup
            {
                public static void Configure(IServiceCollection services, IChatClient inner, bool isDevelopment)
                {
                    services.AddChatClient(inner).UseOpenTelemetry(configure: c => c.EnableSensitiveData = false);
                    services.AddChatClient(inner).UseOpenTelemetry(configure: c => c.EnableSensitiveData = isDevelopment);
                    new Options { EnableSensitiveData = true };
                    AppContext.SetSwitch("Microsoft.SemanticKernel.Experimental.GenAI.EnableOTelDiagnosticsSensitive", false);
                    AppContext.SetSwitch("Microsoft.SemanticKernel.Experimental.GenAI.EnableOTelDiagnostics", true);
                    Environment.SetEnvironmentVariable("SEMANTICKERNEL_EXPERIMENTAL_GENAI_ENABLE_OTEL_DIAGNOSTICS_SENSITIVE", "false");
                    Environment.SetEnvironmentVariable("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", "false");
                    Environment.SetEnvironmentVariable("OTEL_SERVICE_NAME", "true");
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task BrokenCode_DoesNotThrow()
    {
        var source = """
            using System;
            using Microsoft.Extensions.AI;

            public static class AiSetup
            {
                public static void Configure(OpenTelemetryChatClient client)
                {
                    client.{|CS1061:EnableEverything|} = true;
                    client.EnableSensitiveData = {|CS0103:yes|};
                    AppContext.SetSwitch({|CS0103:name|}, true);
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }
}
