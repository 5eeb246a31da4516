using System.Threading.Tasks;
using AiRegAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Log = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Privacy.PersonalDataInLogAnalyzer>;

namespace AiRegAnalyzers.Tests.Flow;

/// <summary>Values followed through the application's own methods: wrappers are sinks, getters and helpers are sources.</summary>
public class MethodSummaryTests
{
    private const string Customer = """
        public class Customer
        {
            public int Id { get; set; }
            public string Email { get; set; } = "";
            public string MobilePhone { get; set; } = "";
            public string Contact => Email;
        }
        """;

    [Fact]
    public async Task Logging_adapter_behind_an_interface_is_a_sink_at_the_outer_call()
    {
        await Log.VerifyAsync("using Microsoft.Extensions.Logging;\n" + Customer + """
            public interface IAppLogger<T> { void LogWarning(string message, params object[] args); }

            public sealed class LoggerAdapter<T>(ILogger<T> inner) : IAppLogger<T>
            {
                public void LogWarning(string message, params object[] args) => inner.LogWarning(message, args);
            }

            class Orders(IAppLogger<Orders> appLogger)
            {
                void Confirm(Customer customer)
                {
                    appLogger.LogWarning($"Customer {{|#0:customer.Email|}} confirmed twice");
                    appLogger.LogWarning("Customer {Id} confirmed twice", customer.Id);
                    appLogger.LogWarning("Customer {Email} confirmed twice", {|#1:customer.Email|});
                }
            }
            """,
            Log.Diagnostic("AIREG101").WithLocation(0).WithArguments("customer.Email", " (contact details)", "LogWarning", " (through ILogger.LogWarning)"),
            Log.Diagnostic("AIREG101").WithLocation(1).WithArguments("customer.Email", " (contact details)", "LogWarning", " (through ILogger.LogWarning)"));
    }

    [Fact]
    public async Task Wrapper_whose_parameter_is_named_for_personal_data_is_reported_inside_not_at_every_caller()
    {
        await Log.VerifyAsync("using Microsoft.Extensions.Logging;\n" + Customer + """
            class Geo(ILogger<Geo> log)
            {
                public string RegionOf(string clientIp)
                {
                    log.LogDebug("Looking up {Ip}", {|AIREG101:clientIp|});
                    return "unknown";
                }
            }

            class Checkout(Geo geo, ILogger<Checkout> log)
            {
                void Place(Customer customer, string clientIp, string remoteAddress)
                {
                    geo.RegionOf(clientIp);
                    geo.RegionOf(remoteAddress);
                    Note({|AIREG101:customer.Email|});
                }

                void Note(string text) => log.LogInformation("{Text}", text);
            }
            """);
    }

    [Fact]
    public async Task Audit_helper_and_helper_that_returns_personal_data_are_followed()
    {
        await Log.VerifyAsync("using Microsoft.Extensions.Logging;\n" + Customer + """
            class Verification(ILogger<Verification> log)
            {
                void Verified(Customer customer)
                {
                    Audit({|#0:"Phone verified: " + customer.MobilePhone|});
                    log.LogInformation("Contact {C}", {|#1:ContactOf(customer)|});
                    log.LogInformation("Contact {C}", {|AIREG101:customer.Contact|});
                    Audit("Verified " + customer.Id);
                }

                private void Audit(string m) => log.LogInformation(m);

                private static string ContactOf(Customer c) => c.Email;
            }
            """,
            Log.Diagnostic("AIREG101").WithLocation(0).WithArguments("customer.MobilePhone", " (contact details)", "Audit", " (through ILogger.LogInformation)"),
            Log.Diagnostic("AIREG101").WithLocation(1).WithArguments("ContactOf(customer)", " (contact details)", "LogInformation", ""));
    }

    [Fact]
    public async Task A_wrapper_is_looked_into_for_personal_data_that_arrives_through_a_helper_a_local_or_a_serialized_object()
    {
        // Wrappers are asked about only for arguments that hold personal data; these hold it only
        // through another method's result, an earlier local, or members the wrapper serializes.
        await Log.VerifyAsync("using Microsoft.Extensions.Logging;\nusing System.Text.Json;\n" + Customer + """
            class Desk(ILogger<Desk> log)
            {
                void Handle(Customer customer, int attempts)
                {
                    Audit({|#0:ContactOf(customer)|});
                    var mail = MailOf(customer);
                    Audit({|#1:mail|});
                    Dump({|#2:customer|});
                    Audit("Attempts: " + attempts);
                    Dump(attempts);
                }

                private void Audit(string m) => log.LogInformation(m);

                private void Dump(object o) => log.LogInformation("{Json}", JsonSerializer.Serialize(o));

                private static string ContactOf(Customer c) => c.Email;

                private static string MailOf(Customer c) => c.Email.Trim();
            }
            """,
            Log.Diagnostic("AIREG101").WithLocation(0).WithArguments("ContactOf(customer)", " (contact details)", "Audit", " (through ILogger.LogInformation)"),
            Log.Diagnostic("AIREG101").WithLocation(1).WithArguments("MailOf(customer)", " (contact details)", "Audit", " (through ILogger.LogInformation)"),
            Log.Diagnostic("AIREG101").WithLocation(2).WithArguments("customer {Email, MobilePhone}", " (contact details)", "Dump", " (through ILogger.LogInformation)"));
    }

    [Fact]
    public async Task Extension_async_params_and_nested_wrappers_are_sinks()
    {
        await Log.VerifyAsync("using System.Threading.Tasks;\nusing Microsoft.Extensions.Logging;\n" + Customer + """
            static class LogExtensions
            {
                public static void Trail(this ILogger logger, string text) => logger.LogInformation("{Text}", text);
            }

            class Desk(ILogger<Desk> log)
            {
                async Task Handle(Customer customer)
                {
                    log.Trail({|AIREG101:customer.Email|});
                    await AuditAsync($"Mail {{|AIREG101:customer.Email|}}");
                    Record("Customer {Phone}", {|AIREG101:customer.MobilePhone|});
                    Outer({|AIREG101:customer.Email|});
                    log.Trail(customer.Id.ToString());
                }

                private async Task AuditAsync(string message)
                {
                    await Task.Yield();
                    log.LogInformation(message);
                }

                private void Record(string template, params object[] values) => log.LogInformation(template, values);

                private void Outer(string value) => Middle("[" + value + "]");

                private void Middle(string value)
                {
                    var line = value.Trim();
                    log.LogDebug(line);
                }
            }
            """);
    }

    [Fact]
    public async Task Summaries_cross_partial_classes_and_files()
    {
        var test = new AnalyzerVerifier<AiRegAnalyzers.Privacy.PersonalDataInLogAnalyzer>.Test();
        test.Configure(editorConfig: null);
        test.TestState.Sources.Add(("/Desk.Audit.cs", """
            using Microsoft.Extensions.Logging;
            partial class Desk
            {
                private readonly ILogger<Desk> _log = null!;
                private void Audit(string m) => _log.LogInformation(m);
                public string Mail(Customer c) => c.Email;
            }
            """));
        test.TestState.Sources.Add(("/Desk.cs", Customer + """
            partial class Desk
            {
                void Handle(Customer customer) => Audit({|AIREG101:"Seen " + Mail(customer)|});
            }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Recursive_pair_ends_and_is_followed()
    {
        await Log.VerifyAsync("using Microsoft.Extensions.Logging;\n" + Customer + """
            class Desk(ILogger<Desk> log)
            {
                void Handle(Customer customer)
                {
                    Ping({|AIREG101:customer.Email|}, 3);
                    Loop(customer.Email, 3);
                }

                private void Ping(string m, int n)
                {
                    if (n == 0) log.LogInformation(m);
                    else Pong(m, n - 1);
                }

                private void Pong(string m, int n) => Ping(m, n);

                private void Loop(string m, int n) { if (n > 0) Loop2(m, n - 1); }

                private void Loop2(string m, int n) => Loop(m, n);
            }
            """);
    }

    [Fact]
    public async Task Interface_calls_resolve_when_the_implementations_agree()
    {
        await Log.VerifyAsync("using Microsoft.Extensions.Logging;\n" + Customer + """
            public interface IOne { void Write(string m); }
            public sealed class One(ILogger<One> log) : IOne { public void Write(string m) => log.LogInformation(m); }

            public interface IBoth { void Write(string m); }
            public sealed class ToLog(ILogger<ToLog> log) : IBoth { public void Write(string m) => log.LogInformation(m); }
            public sealed class ToTrace : IBoth { public void Write(string m) => System.Diagnostics.Trace.WriteLine(m); }

            public interface ISplit { void Write(string m); }
            public sealed class Logs(ILogger<Logs> log) : ISplit { public void Write(string m) => log.LogInformation(m); }
            public sealed class Drops : ISplit { public void Write(string m) { } }

            public abstract class Sink { public abstract void Put(string m); }
            public sealed class LogSink(ILogger<LogSink> log) : Sink { public override void Put(string m) => log.LogError(m); }

            class Desk(IOne one, IBoth both, ISplit split, Sink sink)
            {
                void Handle(Customer customer)
                {
                    one.Write({|AIREG101:customer.Email|});
                    both.Write({|AIREG101:customer.Email|});
                    split.Write(customer.Email);
                    sink.Put({|AIREG101:customer.Email|});
                }
            }
            """);
    }

    [Fact]
    public async Task Interface_calls_resolve_to_implementations_of_derived_classes_and_extended_interfaces()
    {
        await Log.VerifyAsync("using Microsoft.Extensions.Logging;\n" + Customer + """
            public interface IJournal { void Record(string entry); }
            public abstract class JournalBase : IJournal { public abstract void Record(string entry); }
            public sealed class LogJournal(ILogger<LogJournal> log) : JournalBase { public override void Record(string entry) => log.LogInformation(entry); }

            public interface INotes { void Add(string note); }
            public interface IAuditNotes : INotes { }
            public sealed class AuditNotes(ILogger<AuditNotes> log) : IAuditNotes { public void Add(string note) => log.LogWarning(note); }

            public interface IQuiet { void Keep(string value); }
            public class QuietBase : IQuiet { public void Keep(string value) { } }
            public sealed class Quiet : QuietBase, System.IDisposable { public void Dispose() { } }

            class Desk(IJournal journal, INotes notes, IQuiet quiet)
            {
                void Handle(Customer customer)
                {
                    journal.Record({|AIREG101:customer.Email|});
                    notes.Add({|AIREG101:customer.Email|});
                    quiet.Keep(customer.Email);
                }
            }
            """);
    }

    [Fact]
    public async Task Wrappers_are_followed_four_calls_deep()
    {
        await Log.VerifyAsync("using Microsoft.Extensions.Logging;\n" + Customer + """
            class Desk(ILogger<Desk> log)
            {
                void Handle(Customer customer)
                {
                    W1({|AIREG101:customer.Email|});
                    W0(customer.Email);
                }

                private void W0(string m) => W1(m);
                private void W1(string m) => W2(m);
                private void W2(string m) => W3(m);
                private void W3(string m) => W4(m);
                private void W4(string m) => log.LogInformation(m);
            }
            """);
    }

    [Fact]
    public async Task Sanitizing_wrapper_and_constant_helper_are_not_findings()
    {
        await Log.VerifyAsync("using Microsoft.Extensions.Logging;\n" + Customer + """
            class Desk(ILogger<Desk> log)
            {
                void Handle(Customer customer)
                {
                    Audit(customer.Email);
                    log.LogInformation("{Mail}", Sender());
                }

                private void Audit(string m) => log.LogInformation(Mask(m));

                private static string Mask(string value) => "***";

                private static string Sender() => "noreply@example.com";
            }
            """);
    }

    [Fact]
    public async Task Other_sink_rules_follow_their_wrappers()
    {
        await AnalyzerVerifier<AiRegAnalyzers.Privacy.PersonalDataStoredUnencryptedAnalyzer>.VerifyAsync(Customer + """
            class Store
            {
                void Save(Customer customer) => Append("/tmp/out.txt", {|AIREG102:customer.Email|});
                private static void Append(string path, string text) => System.IO.File.AppendAllText(path, text);
            }
            """);
        await AnalyzerVerifier<AiRegAnalyzers.Privacy.PersonalDataInUrlAnalyzer>.VerifyAsync("using System.Net.Http;\nusing System.Threading.Tasks;\n" + Customer + """
            class Api(HttpClient http)
            {
                Task<string> Lookup(Customer customer, string email) => Fetch({|AIREG104:"https://crm.example.com/find?email=" + customer.Email|}).ContinueWith(_ => Fetch(email)).Unwrap();
                private Task<string> Fetch(string url) => http.GetStringAsync(url);
            }
            """);
        await AnalyzerVerifier<AiRegAnalyzers.Privacy.PersonalDataInExceptionMessageAnalyzer>.VerifyAsync(Customer + """
            class Guard
            {
                void Check(Customer customer) { if (customer.Id == 0) Fail($"No id for {{|AIREG105:customer.Email|}}"); }
                private static void Fail(string message) => throw new System.InvalidOperationException(message);
            }
            """);
    }

    [Fact]
    public async Task Ai_wrappers_are_followed_for_prompts_and_for_logged_responses()
    {
        await AnalyzerVerifier<AiRegAnalyzers.AI.PersonalDataSentToAiModelAnalyzer>.VerifyAsync("using System.Threading.Tasks;\nusing Microsoft.Extensions.AI;\n" + Customer + """
            class Assistant(IChatClient chat)
            {
                Task<ChatResponse> Summarise(Customer customer) => Ask($"Write to {{|#0:customer.Email|}}");
                private Task<ChatResponse> Ask(string question) => chat.GetResponseAsync(question);
            }
            """,
            AnalyzerVerifier<AiRegAnalyzers.AI.PersonalDataSentToAiModelAnalyzer>.Diagnostic("AIREG201").WithLocation(0)
                .WithArguments("customer.Email", " (contact details)", "Ask", " (through ChatClientExtensions.GetResponseAsync)"));
        await AnalyzerVerifier<AiRegAnalyzers.AI.AiContentInLogAnalyzer>.VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Logging;
            class Assistant(IChatClient chat, ILogger<Assistant> log)
            {
                async Task Run(string question)
                {
                    var response = await chat.GetResponseAsync(question);
                    Audit({|#0:response.Text|});
                    Audit("done");
                }

                private void Audit(string m) => log.LogInformation(m);
            }
            """,
            AnalyzerVerifier<AiRegAnalyzers.AI.AiContentInLogAnalyzer>.Diagnostic("AIREG203").WithLocation(0)
                .WithArguments("response.Text", "Audit", " (through ILogger.LogInformation)"));
    }

    [Fact]
    public async Task A_question_sent_through_the_applications_ai_wrapper_and_logged_through_its_log_wrapper_is_found()
    {
        // Both wrappers are looked into at the end of the body: the prompt wrapper because the question is
        // also handed to another method, the log wrapper because by then the question is AI content.
        await AnalyzerVerifier<AiRegAnalyzers.AI.AiContentInLogAnalyzer>.VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Logging;
            class Assistant(IChatClient chat, ILogger<Assistant> log)
            {
                async Task Run(string question, string topic, string channel)
                {
                    Audit({|#0:question|});
                    await AskAsync(question);
                    Audit($"Asked: {{|#1:question|}}");
                    await AskAsync(topic);
                    Audit(channel);
                    Route(channel);
                }

                async Task<string> AskAsync(string text) => (await chat.GetResponseAsync(text)).Text;

                private void Audit(string m) => log.LogInformation(m);

                private void Route(string to) { }
            }
            """,
            AnalyzerVerifier<AiRegAnalyzers.AI.AiContentInLogAnalyzer>.Diagnostic("AIREG203").WithLocation(0)
                .WithArguments("question", "Audit", " (through ILogger.LogInformation)"),
            AnalyzerVerifier<AiRegAnalyzers.AI.AiContentInLogAnalyzer>.Diagnostic("AIREG203").WithLocation(1)
                .WithArguments("question", "Audit", " (through ILogger.LogInformation)"));
    }
}
