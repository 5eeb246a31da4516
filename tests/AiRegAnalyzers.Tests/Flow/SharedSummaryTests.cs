using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using AiRegAnalyzers.AI;
using AiRegAnalyzers.Privacy;
using AiRegAnalyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace AiRegAnalyzers.Tests.Flow;

/// <summary>
/// One method summary serves every rule of a compilation (every sink catalogue at once) and is kept
/// once for every depth it holds at: rules run together must report exactly what each reports alone,
/// whichever rule or depth asks first.
/// </summary>
public class SharedSummaryTests
{
    private const string Customer = """
        public class Customer
        {
            public int Id { get; set; }
            public string Email { get; set; } = "";
        }

        """;

    private static readonly ImmutableArray<DiagnosticAnalyzer> LogAndFile =
        ImmutableArray.Create<DiagnosticAnalyzer>(new PersonalDataInLogAnalyzer(), new PersonalDataStoredUnencryptedAnalyzer());

    [Fact]
    public async Task A_helper_that_logs_and_writes_a_file_is_a_sink_for_both_rules_in_one_compilation()
    {
        var source = "using Microsoft.Extensions.Logging;\n" + Customer + """
            class Desk(ILogger<Desk> log)
            {
                void Handle(Customer customer)
                {
                    Audit(customer.Email);
                }

                private void Audit(string m)
                {
                    log.LogInformation(m);
                    System.IO.File.AppendAllText("/tmp/audit.txt", m);
                }
            }
            """;

        var together = await FindingsAsync(LogAndFile, source);

        Assert.Equal(["AIREG101@11", "AIREG102@11"], together);
        Assert.Equal(together, await AloneAsync(source));
    }

    [Fact]
    public async Task Implementations_that_agree_for_one_sink_kind_and_not_the_other_are_a_sink_of_that_kind_only()
    {
        var source = "using Microsoft.Extensions.Logging;\n" + Customer + """
            public interface IAudit { void Record(string m); }

            public sealed class LogAndFile(ILogger<LogAndFile> log) : IAudit
            {
                public void Record(string m)
                {
                    log.LogInformation(m);
                    System.IO.File.AppendAllText("/tmp/audit.txt", m);
                }
            }

            public sealed class LogOnly(ILogger<LogOnly> log) : IAudit
            {
                public void Record(string m) => log.LogWarning(m);
            }

            class Desk(IAudit audit)
            {
                void Handle(Customer customer) => audit.Record(customer.Email);
            }
            """;

        var together = await FindingsAsync(LogAndFile, source);

        Assert.Equal(["AIREG101@25"], together);
        Assert.Equal(together, await AloneAsync(source));
    }

    [Fact]
    public async Task A_recursive_pair_reaching_two_sink_kinds_ends_and_is_followed_by_both_rules()
    {
        var source = "using Microsoft.Extensions.Logging;\n" + Customer + """
            class Desk(ILogger<Desk> log)
            {
                void Handle(Customer customer) => Ping(customer.Email, 3);

                private void Ping(string m, int n)
                {
                    if (n == 0) log.LogInformation(m);
                    else Pong(m, n - 1);
                }

                private void Pong(string m, int n)
                {
                    System.IO.File.AppendAllText("/tmp/pong.txt", m);
                    Ping(m, n);
                }
            }
            """;

        var together = await FindingsAsync(LogAndFile, source);

        Assert.Equal(["AIREG101@9", "AIREG102@9"], together);
        Assert.Equal(together, await AloneAsync(source));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_depth_limit_holds_whichever_depth_asks_first(bool deepCallFirst)
    {
        // W3 is one call from the sink; asked first from four calls up (through Deep, where the bound
        // cuts it off) or first directly, it must be a wrapper for the direct call and not for Deep.
        var deep = "    void ThroughDeep(Customer customer) => Deep(customer.Email);\n";
        var direct = "    void Direct(Customer customer) => W3(customer.Email);\n";
        var source = "using Microsoft.Extensions.Logging;\n" + Customer
            + "class Desk(ILogger<Desk> log)\n{\n"
            + (deepCallFirst ? deep + direct : direct + deep)
            + """
                  private void Deep(string m) => D2(m);
                  private void D2(string m) => D3(m);
                  private void D3(string m) => W3(m);
                  private void W3(string m) => W4(m);
                  private void W4(string m) => log.LogInformation(m);
              }
              """;

        var findings = await FindingsAsync(ImmutableArray.Create<DiagnosticAnalyzer>(new PersonalDataInLogAnalyzer()), source);

        Assert.Equal([deepCallFirst ? "AIREG101@10" : "AIREG101@9"], findings);
    }

    [Fact]
    public async Task Log_rules_of_personal_data_and_ai_content_share_the_log_wrapper_summary()
    {
        var source = "using System.Threading.Tasks;\nusing Microsoft.Extensions.AI;\nusing Microsoft.Extensions.Logging;\n" + Customer + """
            class Assistant(IChatClient chat, ILogger<Assistant> log)
            {
                async Task Answer(Customer customer, string question)
                {
                    var response = await chat.GetResponseAsync(question);
                    Note(response.Text);
                    Note(customer.Email);
                }

                private void Note(string text) => log.LogInformation("{Text}", text);
            }
            """;
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new PersonalDataInLogAnalyzer(), new AiContentInLogAnalyzer());

        var together = await FindingsAsync(analyzers, source);

        Assert.Equal(["AIREG101@15", "AIREG203@14"], together);
        Assert.Equal(together, (await FindingsAsync([analyzers[0]], source)).Concat(await FindingsAsync([analyzers[1]], source)).OrderBy(f => f, System.StringComparer.Ordinal).ToArray());
    }

    private static async Task<string[]> AloneAsync(string source) =>
        (await FindingsAsync([LogAndFile[0]], source)).Concat(await FindingsAsync([LogAndFile[1]], source)).OrderBy(f => f, System.StringComparer.Ordinal).ToArray();

    /// <summary>The findings of <paramref name="analyzers"/> run together on one compilation, as "ID@line" (1-based), sorted.</summary>
    private static async Task<string[]> FindingsAsync(ImmutableArray<DiagnosticAnalyzer> analyzers, string source)
    {
        var compilation = RobustnessHarness.CreateCompilation([RobustnessHarness.Parse(source, "Desk.cs")]);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var (failures, diagnostics) = await RobustnessHarness.RunAnalyzersAsync(compilation, analyzers: analyzers);
        Assert.Empty(failures);
        return diagnostics
            .Select(d => d.Id + "@" + (d.Location.GetLineSpan().StartLinePosition.Line + 1))
            .OrderBy(f => f, System.StringComparer.Ordinal)
            .ToArray();
    }
}
