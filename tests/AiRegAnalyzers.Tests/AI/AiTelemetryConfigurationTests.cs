using System.Threading.Tasks;
using AiRegAnalyzers.CodeFixes.AI;
using Xunit;
using Fix202 = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<
    AiRegAnalyzers.AI.AiTelemetrySensitiveDataAnalyzer,
    AiRegAnalyzers.CodeFixes.AI.AiTelemetrySensitiveDataCodeFixProvider>;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.AI.AiTelemetrySensitiveDataAnalyzer>;

namespace AiRegAnalyzers.Tests.AI;

/// <summary>AIREG202 when content capture is switched from configuration rather than fixed in code.</summary>
public class AiTelemetryConfigurationTests
{
    [Fact]
    public async Task Switches_Set_From_Configuration_AreFlagged()
    {
        var source = """
            using System;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;

            public static class AiSetup
            {
                public static void Configure(IServiceCollection services, IChatClient inner, IConfiguration configuration)
                {
                    services.AddChatClient(inner).UseOpenTelemetry(configure: c => c.EnableSensitiveData = {|AIREG202:configuration.GetValue<bool>("Ai:CaptureContent")|});

                    var sensitive = bool.Parse(configuration["Telemetry:Sensitive"] ?? "false");
                    AppContext.SetSwitch("Microsoft.SemanticKernel.Experimental.GenAI.EnableOTelDiagnosticsSensitive", {|AIREG202:sensitive|});
                    AppContext.SetSwitch("Microsoft.SemanticKernel.Experimental.GenAI.EnableOTelDiagnosticsSensitive", {|AIREG202:configuration.GetSection("Telemetry:Sk").Value == "true"|});

                    Environment.SetEnvironmentVariable("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", {|AIREG202:configuration["Otel:CaptureContent"]|});
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Message_Shows_The_Configuration_Read()
    {
        var source = """
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Configuration;

            public static class AiSetup
            {
                public static void Configure(OpenTelemetryChatClient client, IConfiguration config) => client.EnableSensitiveData = config.GetValue<bool>("Ai:Sensitive");
            }
            """;
        await Verify.VerifyAsync(source, Verify.Diagnostic("AIREG202").WithSpan(6, 121, 6, 158)
            .WithArguments("OpenTelemetryChatClient.EnableSensitiveData = config.GetValue<bool>(\"Ai:Sensitive\")"));
    }

    [Fact]
    public async Task Runtime_Values_Other_Switches_And_Other_Settings_AreNotFlagged()
    {
        var source = """
            using System;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            public static class AiSetup
            {
                public static void Configure(IServiceCollection services, IChatClient inner, IConfiguration configuration, IHostEnvironment env)
                {
                    services.AddChatClient(inner).UseOpenTelemetry(configure: c => c.EnableSensitiveData = env.IsDevelopment());
                    AppContext.SetSwitch("Microsoft.SemanticKernel.Experimental.GenAI.EnableOTelDiagnostics", configuration.GetValue<bool>("Telemetry:On"));
                    Environment.SetEnvironmentVariable("OTEL_SERVICE_NAME", configuration["Otel:ServiceName"]);
                    AppContext.SetSwitch("Microsoft.SemanticKernel.Experimental.GenAI.EnableOTelDiagnosticsSensitive", false);
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Fix_Turns_A_Configured_Switch_Off()
    {
        await Fix202.VerifyFixAsync(
            """
            using System;
            using Microsoft.Extensions.Configuration;

            public static class AiSetup
            {
                public static void Configure(IConfiguration configuration) =>
                    AppContext.SetSwitch("Microsoft.SemanticKernel.Experimental.GenAI.EnableOTelDiagnosticsSensitive", {|AIREG202:configuration.GetValue<bool>("Sk:Sensitive")|});
            }
            """,
            """
            using System;
            using Microsoft.Extensions.Configuration;

            public static class AiSetup
            {
                public static void Configure(IConfiguration configuration) =>
                    AppContext.SetSwitch("Microsoft.SemanticKernel.Experimental.GenAI.EnableOTelDiagnosticsSensitive", false);
            }
            """,
            equivalenceKey: AiRegAnalyzers.CodeFixes.Common.AiRegCodeFixProvider.EquivalenceKey(RuleIds.AiTelemetrySensitiveData, FixKind.Disable));
    }
}
