using System.Threading.Tasks;
using AiRegAnalyzers.CodeFixes.Common;
using AiRegAnalyzers.CodeFixes.Secrets;
using AiRegAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Secrets.HardCodedCredentialAnalyzer>;
using VerifyFix = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<
    AiRegAnalyzers.Secrets.HardCodedCredentialAnalyzer,
    AiRegAnalyzers.CodeFixes.Secrets.HardCodedSecretCodeFixProvider>;

namespace AiRegAnalyzers.Tests.Secrets;

/// <summary>AIREG501 on the flow core: constants that reach a library password, and connection strings built from parts.</summary>
public class HardCodedCredentialFlowTests
{
    private const string Usings = """
        using System;
        using System.Net;
        using Microsoft.Data.SqlClient;
        using Microsoft.Extensions.Configuration;
        using MySqlConnector;
        using Npgsql;

        """;

    [Fact]
    public Task Constants_reaching_a_library_password_are_flagged_at_the_literal() => Verify.VerifyAsync(Usings + """
        class MailSender
        {
            private const string Relay = {|AIREG501:"Relay#2024"|};
            private static readonly string Backup = {|AIREG501:"Backup#2024"|};
            private static string Archive => {|AIREG501:"Archive#2024"|};
            private static string Ldap() => {|AIREG501:"Ldap#2024"|};

            NetworkCredential[] M(string user)
            {
                var secret = {|AIREG501:"Mail!2024"|};
                var other = {|AIREG501:"Other!2024"|};
                var assigned = new NetworkCredential { UserName = user };
                assigned.Password = other;
                return
                [
                    new NetworkCredential(user, secret),
                    new NetworkCredential(user, Relay),
                    new NetworkCredential(user, Relay),
                    new NetworkCredential(user, Backup),
                    new NetworkCredential(user, Archive),
                    new NetworkCredential(user, Ldap()),
                    assigned,
                ];
            }
        }
        """);

    [Fact]
    public Task Values_from_outside_and_placeholders_reaching_a_library_password_are_not_flagged() => Verify.VerifyAsync(Usings + """
        class MailSender
        {
            private readonly string _fromConfig;
            private static readonly string Blank = "";
            private static string _rotated = "Initial#2024";

            public MailSender(IConfiguration configuration) => _fromConfig = configuration["Smtp:Password"]!;

            public static void Rotate(string next) => _rotated = next;

            NetworkCredential[] M(string user, string given, IConfiguration configuration)
            {
                var fromConfig = configuration["Smtp:Password"];
                var placeholder = "changeme";
                var marker = "********";
                return
                [
                    new NetworkCredential(user, given),
                    new NetworkCredential(user, fromConfig),
                    new NetworkCredential(user, _fromConfig),
                    new NetworkCredential(user, Blank),
                    new NetworkCredential(user, _rotated),
                    new NetworkCredential(user, placeholder),
                    new NetworkCredential(user, marker),
                    new NetworkCredential(user, configuration["Smtp:Password"] ?? ""),
                    new NetworkCredential(user, "prefix-" + fromConfig),
                ];
            }
        }
        """);

    [Fact]
    public Task Connection_string_builders_take_a_constant_password() => Verify.VerifyAsync(Usings + """
        class Database
        {
            private const string Admin = {|AIREG501:"Builder#2024"|};

            string[] M(IConfiguration configuration)
            {
                var sql = new SqlConnectionStringBuilder { DataSource = "db", UserID = "sa", Password = Admin };
                var pg = new NpgsqlConnectionStringBuilder { Host = "db", Username = "his" };
                pg.Password = {|AIREG501:"Npg#2024"|};
                var fromConfig = new MySqlConnectionStringBuilder { Server = "db", Password = configuration["Db:Password"] };
                return [sql.ConnectionString, pg.ConnectionString, fromConfig.ConnectionString];
            }
        }
        """);

    [Fact]
    public Task Connection_strings_built_with_a_constant_password_are_flagged() => Verify.VerifyAsync(Usings + """
        class Repository
        {
            private const string Sa = {|AIREG501:"Sa!2024clinic"|};
            private static readonly string Pg = {|AIREG501:"Pg#2024his"|};
            private const string My = {|AIREG501:"My5ql#pw"|};
            private const string Template = "Server={0};Database=his;User Id=sa;Password={1};";

            SqlConnection Sql(string host) => new SqlConnection("Server=" + host + ";Database=his;User Id=sa;Password=" + Sa + ";");

            NpgsqlConnection Postgres(string host) => new NpgsqlConnection($"Host={host};Username=his;Password={Pg}");

            MySqlConnection MySql(string host) => new MySqlConnection(string.Format("server={0};uid=his;pwd={1}", host, My));

            SqlConnection Formatted(string host) => new SqlConnection(string.Format(Template, host, {|AIREG501:"Tpl#2024"|}));

            string Reporting => $"Server=reports;User Id=rpt;Password={Report()}";

            static string Report() => {|AIREG501:"Rpt#2024"|};

            void Open(string connectionString) { }

            void M(string host)
            {
                var secret = {|AIREG501:"Local#2024"|};
                Open($"Server={host};User Id=app;Password={secret}");
                Open("Server=db;User Id=app;Password=" + {|AIREG501:"Inline#2024"|});
                Open($"amqp://clinic:{{|AIREG501:"Rabbit!2024"|}}@{host}:5672");
            }
        }
        """);

    [Fact]
    public Task Connection_strings_built_from_configuration_parameters_and_placeholders_are_not_flagged() => Verify.VerifyAsync(Usings + """
        class Repository
        {
            private const string Template = "Server={0};Database=his;User Id=sa;Password={1};";

            string[] M(IConfiguration configuration, string host, string password, string user)
            {
                return
                [
                    $"Server=db;User Id=sa;Password={configuration["Db:Password"]}",
                    "Server=db;User Id=sa;Password=" + password,
                    string.Format("Host=db;Username=his;Password={0}", configuration["Pg:Password"]),
                    string.Format(Template, host, configuration["Db:Password"]),
                    $"Server={host};User Id=sa;Password=@password",
                    $"Server={host};User Id=sa;Password=:password",
                    $"Server={host};User Id=sa;pwd=$pwd",
                    "Server=" + host + ";Password=;",
                    $"Server={host};Integrated Security=true",
                    $"amqp://{user}:{password}@{host}",
                    $"https://{user}@{host}/",
                    $"Server={host};Password={configuration["Db:Password"] ?? "changeme"}",
                ];
            }
        }
        """);

    [Fact]
    public Task A_built_local_connection_string_in_a_design_time_factory_is_not_flagged() => Verify.VerifyAsync(Usings + """
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Design;

        class ClinicContext : DbContext
        {
            public ClinicContext(DbContextOptions<ClinicContext> options) : base(options) { }
        }

        class ClinicContextFactory : IDesignTimeDbContextFactory<ClinicContext>
        {
            private const string Dev = "dev";

            public ClinicContext CreateDbContext(string[] args)
            {
                var local = "Server=localhost;Database=clinic;User ID=app;Password=" + Dev;
                return new ClinicContext(new DbContextOptionsBuilder<ClinicContext>().UseSqlite(local).Options);
            }
        }
        """);

    [Fact]
    public Task Fix_replaces_the_literal_a_library_password_reaches() => FixFoundElsewhere(fixAll: false, Usings + """
        class MailSender
        {
            NetworkCredential M(string user)
            {
                var secret = {|AIREG501:"Mail!2024"|};
                return new NetworkCredential(user, secret);
            }
        }
        """, Usings + """
        class MailSender
        {
            NetworkCredential M(string user)
            {
                var secret = Environment.GetEnvironmentVariable("MAIL_SENDER_PASSWORD") ?? throw new InvalidOperationException("Set the environment variable MAIL_SENDER_PASSWORD.");
                return new NetworkCredential(user, secret);
            }
        }
        """, equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.HardCodedCredential, FixKind.FromEnvironment));

    [Fact]
    public Task Fix_all_replaces_constants_that_reach_passwords_and_connection_strings() => FixFoundElsewhere(fixAll: true, Usings + """
        class Repository
        {
            private const string Relay = {|AIREG501:"Relay#2024"|};
            private static readonly string Pg = {|AIREG501:"Pg#2024his"|};

            NetworkCredential Mail(string user) => new NetworkCredential(user, Relay);

            NpgsqlConnection Postgres(string host) => new NpgsqlConnection($"Host={host};Username=his;Password={Pg}");
        }
        """, Usings + """
        class Repository
        {
            private static readonly string Relay = Environment.GetEnvironmentVariable("REPOSITORY_PASSWORD") ?? throw new InvalidOperationException("Set the environment variable REPOSITORY_PASSWORD.");
            private static readonly string Pg = Environment.GetEnvironmentVariable("REPOSITORY_PG") ?? throw new InvalidOperationException("Set the environment variable REPOSITORY_PG.");

            NetworkCredential Mail(string user) => new NetworkCredential(user, Relay);

            NpgsqlConnection Postgres(string host) => new NpgsqlConnection($"Host={host};Username=his;Password={Pg}");
        }
        """, equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.HardCodedCredential, FixKind.FromEnvironment));

    /// <summary>
    /// The finding is made at a use elsewhere (the sink) and reported at the literal: a non-local diagnostic in
    /// Roslyn's terms (builds and full-solution analysis show it), so the local-diagnostic check is skipped.
    /// </summary>
    private static Task FixFoundElsewhere(bool fixAll, string source, string fixedSource, string equivalenceKey)
    {
        var test = new VerifyFix.Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = equivalenceKey };
        test.Configure(null);
        test.CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck | (fixAll ? CodeFixTestBehaviors.None : CodeFixTestBehaviors.SkipFixAllCheck);
        if (fixAll)
        {
            test.NumberOfFixAllIterations = 1;
            test.NumberOfFixAllInDocumentIterations = 1;
            test.NumberOfFixAllInProjectIterations = 1;
        }

        return test.RunAsync();
    }
}
