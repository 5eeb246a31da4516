using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using AiRegAnalyzers.Flow;
using AiRegAnalyzers.Sinks;
using AiRegAnalyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Xunit;
using Exceptions = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Privacy.PersonalDataInExceptionMessageAnalyzer>;
using Log = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Privacy.PersonalDataInLogAnalyzer>;
using Prompt = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.AI.PersonalDataSentToAiModelAnalyzer>;

namespace AiRegAnalyzers.Tests.Flow;

/// <summary>
/// The syntax screen that spares binding the bodies of methods that cannot be wrappers: it answers
/// "no" only where no site of the method (or of the application methods it calls by name) can be a
/// sink, and every wrapper shape is still found through it.
/// </summary>
public class WrapperScreenTests
{
    private const string Customer = """
        public class Customer
        {
            public int Id { get; set; }
            public string Email { get; set; } = "";
        }

        """;

    [Fact]
    public void Methods_without_a_sink_site_are_screened_out_and_wrappers_are_not()
    {
        var source = "using System.Collections.Generic;\nusing Microsoft.Extensions.Logging;\n" + Customer + """
            class Desk(ILogger<Desk> log)
            {
                private readonly List<Customer> _all = new();

                int Count(Customer c) => _all.Count + c.Id;
                void Keep(Customer c) { if (c is null) throw new System.ArgumentNullException(nameof(c)); _all.Add(c); }
                void Note(string m) => log.LogInformation(m);
                void Outer(string m) => Note("[" + m + "]");
                void Relay(Customer c) { var text = c.Email.Trim(); Outer(text); }
                void Store(Customer c) => Keep(c);
            }
            """;
        var compilation = RobustnessHarness.CreateCompilation([RobustnessHarness.Parse(source, "Desk.cs")]);
        var screen = new WrapperScreen(new ApplicationNames(compilation), [new LogSinkCatalogue(LoggingSinks.Get(compilation), null), new ExceptionSinkCatalogue(compilation.GetTypeByMetadataName("System.Exception")!)], m => [m]);
        var desk = compilation.GetTypeByMetadataName("Desk")!;

        bool May(string name) => screen.MayReachSink(desk.GetMembers(name).OfType<IMethodSymbol>().Single());

        Assert.False(May("Count"));
        Assert.False(May("Keep"));
        Assert.False(May("Store"));
        Assert.True(May("Note"));
        Assert.True(May("Outer"));
        Assert.True(May("Relay"));
    }

    [Fact]
    public void A_callee_the_screen_rules_out_is_known_as_no_wrapper_before_any_summary_and_again_for_a_late_catalogue()
    {
        var source = "using Microsoft.Extensions.Logging;\n" + Customer + """
            class Desk(ILogger<Desk> log)
            {
                int Count(Customer c) => c.Id + 1;
                void Note(string m) => log.LogInformation(m);
                void Fail(Customer c) => throw new System.InvalidOperationException(c.Email);
            }
            """;
        var compilation = RobustnessHarness.CreateCompilation([RobustnessHarness.Parse(source, "Desk.cs")]);
        var summaries = MethodSummaries.Get(compilation);
        summaries.Register(new LogSinkCatalogue(LoggingSinks.Get(compilation), null));
        var desk = compilation.GetTypeByMetadataName("Desk")!;

        IMethodSymbol Method(string name) => desk.GetMembers(name).OfType<IMethodSymbol>().Single();

        // No summary has been computed yet: the syntax screen answers (and its "no" is kept for the other rules).
        Assert.True(summaries.IsKnownNoWrapper(Method("Count")));
        Assert.False(summaries.IsKnownNoWrapper(Method("Note")));
        Assert.True(summaries.IsKnownNoWrapper(Method("Fail")));

        // A catalogue registered later (exception messages) makes the kept "no" for Fail stale: it is asked again.
        Assert.False(summaries.IsKnownNoWrapper(Method("Fail"), new ExceptionSinkCatalogue(compilation.GetTypeByMetadataName("System.Exception")!)));
        Assert.True(summaries.IsKnownNoWrapper(Method("Count")));
    }

    [Fact]
    public void A_name_more_types_declare_than_the_screen_looks_into_may_reach_a_sink_and_its_owners_are_not_all_kept()
    {
        // Twelve types declare Save, none of them with a sink: past eight the screen no longer looks into them, and the
        // names keep only one owner more than that (a common name has thousands of owners in a large solution).
        var stores = string.Concat(Enumerable.Range(1, 12).Select(i => $"class Store{i} {{ public void Save(string s) {{ }} }}\n"));
        var source = stores + """
            class Desk(Store1 store)
            {
                void Keep(string s) => store.Save(s);
            }
            """;
        var compilation = RobustnessHarness.CreateCompilation([RobustnessHarness.Parse(source, "Desk.cs")]);
        var names = new ApplicationNames(compilation);
        var screen = new WrapperScreen(names, [new LogSinkCatalogue(LoggingSinks.Get(compilation), null)], m => [m]);

        Assert.Equal(ApplicationNames.MaxOwners + 1, names.Members["Save"].Count);
        Assert.Single(names.Members["Keep"]);
        Assert.True(screen.MayReachSink(compilation.GetTypeByMetadataName("Desk")!.GetMembers("Keep").OfType<IMethodSymbol>().Single()));
    }

    [Fact]
    public void A_configured_method_list_turns_the_screen_off()
    {
        var compilation = RobustnessHarness.CreateCompilation([RobustnessHarness.Parse("class Desk { int Count(int c) => c + 1; }", "Desk.cs")]);
        var screen = new WrapperScreen(new ApplicationNames(compilation), [new UnknownNames()], m => [m]);

        Assert.True(screen.MayReachSink(compilation.GetTypeByMetadataName("Desk")!.GetMembers("Count").OfType<IMethodSymbol>().Single()));
    }

    [Fact]
    public async Task A_wrapper_found_through_a_name_another_type_also_declares_is_still_a_sink()
    {
        await Log.VerifyAsync("using System.Collections.Generic;\nusing Microsoft.Extensions.Logging;\n" + Customer + """
            class Archive
            {
                private readonly List<string> _lines = new();
                public void Record(string line) => _lines.Add(line);
            }

            class Journal(ILogger<Journal> log)
            {
                public void Record(string line) => log.LogInformation(line);
            }

            class Desk(Archive archive, Journal journal)
            {
                void Handle(Customer customer)
                {
                    archive.Record(customer.Email);
                    Write({|AIREG101:customer.Email|});
                }

                private void Write(string text) => journal.Record(text);
            }
            """);
    }

    [Fact]
    public async Task A_wrapper_around_a_logger_message_method_is_a_sink()
    {
        await Log.VerifyAsync("using Microsoft.Extensions.Logging;\n" + Customer + """
            static partial class Trail
            {
                [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Signed up {Address}")]
                static partial void SignedUp(ILogger logger, string address);

                public static void Note(ILogger logger, string text) => SignedUp(logger, text);
            }

            class Desk(ILogger<Desk> log)
            {
                void Handle(Customer customer) => Trail.Note(log, {|AIREG101:customer.Email|});
            }
            """);
    }

    [Fact]
    public async Task A_wrapper_that_throws_the_value_is_a_sink_and_a_guard_clause_is_not()
    {
        await Exceptions.VerifyAsync(Customer + """
            class Desk
            {
                void Handle(Customer customer)
                {
                    Check(customer.Email);
                    Fail({|AIREG105:customer.Email|});
                }

                private static void Check(string email)
                {
                    if (email is null) throw new System.ArgumentNullException(nameof(email));
                }

                private static void Fail(string detail) => throw new System.InvalidOperationException("Rejected: " + detail);
            }
            """);
    }

    [Fact]
    public async Task A_wrapper_that_names_the_message_type_by_an_alias_is_a_sink()
    {
        await Prompt.VerifyAsync("using Microsoft.Extensions.AI;\nusing Turn = Microsoft.Extensions.AI.ChatMessage;\n" + Customer + """
            class Desk
            {
                Turn Handle(Customer customer) => Ask({|AIREG201:customer.Email|});

                private static Turn Ask(string text) => new Turn(ChatRole.User, text);
            }
            """);
    }

    private sealed class UnknownNames : SinkCatalogue
    {
        public override bool MayBeSink(IOperation site) => false;

        public override void Collect(IOperation site, System.Collections.Generic.List<SinkValue> values)
        {
        }
    }
}
