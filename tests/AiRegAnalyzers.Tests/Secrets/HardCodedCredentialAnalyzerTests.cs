using System.Threading.Tasks;
using AiRegAnalyzers.CodeFixes.Secrets;
using Xunit;
using AiRegAnalyzers.CodeFixes.Common;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Secrets.HardCodedCredentialAnalyzer>;
using VerifyFix = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<
    AiRegAnalyzers.Secrets.HardCodedCredentialAnalyzer,
    AiRegAnalyzers.CodeFixes.Secrets.HardCodedSecretCodeFixProvider>;

namespace AiRegAnalyzers.Tests.Secrets;

public class HardCodedCredentialAnalyzerTests
{
    private const string Usings = """
        using System;
        using System.ComponentModel.DataAnnotations;
        using System.Net;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Identity;
        using Microsoft.Extensions.Configuration;

        """;

    [Fact]
    public Task Credential_named_symbols_are_flagged() => Verify.VerifyAsync(Usings + """
        class MailSettings
        {
            private const string SmtpPassword = {|AIREG501:"Clinic#2024smtp"|};
            public string DbPassword { get; set; } = {|AIREG501:"Db_pass_2024"|};
            public static string admin_pwd = {|AIREG501:"r00t!clinic"|};

            NetworkCredential M(string user)
            {
                var passphrase = {|AIREG501:"correct horse battery staple"|};
                var login = new NetworkCredential { UserName = user, Password = {|AIREG501:"Mail!2024"|} };
                var mima = {|AIREG501:"Zhongwen@2024"|};
                return new NetworkCredential("svc_clinic", {|AIREG501:"Svc#Clinic99"|});
            }
        }
        """);

    [Fact]
    public Task Connection_strings_and_uris_with_passwords_are_flagged() => Verify.VerifyAsync(Usings + """
        class C
        {
            private const string ConnectionString = {|AIREG501:"Server=db.clinic.internal;Database=clinic;User Id=sa;Password=Sa!2024clinic;"|};

            void M()
            {
                var mysql = {|AIREG501:"server=10.0.0.5;uid=clinic;pwd=My5ql#pw;database=his"|};
                var broker = new Uri({|AIREG501:"amqp://clinic:Rabbit2024@mq.partner-clinic.cn:5672"|});
            }
        }
        """);

    [Fact]
    public Task False_positive_classics_are_not_flagged() => Verify.VerifyAsync(Usings + """
        class LoginModel
        {
            public const string PasswordPropertyName = "Password";
            private const string PasswordResourceKey = "Login_Password_Label";
            private const string PasswordConfigKey = "Smtp:Password";
            private const string PasswordEnvironmentVariable = "SMTP_PASSWORD";
            private const string PasswordPattern = "^(?=.*[A-Z]).{12,}$";
            private const string ResetPasswordUrl = "/account/reset";

            [Display(Name = "Password", Prompt = "Enter your password")]
            [DataType(DataType.Password)]
            public string Password { get; set; } = "";

            public string? Pwd { get; set; } = "?";
            public string PasswordHash { get; set; } = "AQAAAAIAAYagAAAAEJ0vFAKEFAKEFAKE";
            public string ConfirmPassword { get; set; } = "{0}";

            void M(IConfiguration configuration)
            {
                var password = "";
                password = "${DB_PASSWORD}";
                password = "<password>";
                password = "changeme";
                password = "your-password-here";
                password = "********";
                password = "password";
                password = configuration["Smtp:Password"] ?? "";
                var message = "Password must contain a digit";
                var connection1 = "Server=db;Database=clinic;Integrated Security=true;";
                var connection2 = "Server=db;Database=clinic;User Id=sa;Password=;";
                var connection3 = "Server=db;Database=clinic;User Id=sa;Password={0};";
                var connection4 = "Data Source=clinic.db";
                var url = new Uri("https://clinic@api.partner-clinic.cn/");
                var url2 = new Uri("https://clinic:${MQ_PASSWORD}@mq.partner-clinic.cn/");
                var sql = "UPDATE Users SET Password = @password WHERE Id = @id";
                bool requirePassword = true;
            }
        }
        """);

    [Fact]
    public Task Names_in_the_applications_own_password_named_symbols_are_not_flagged() => Verify.VerifyAsync(Usings + """
        class AccountConstants
        {
            public const string UsePasswordValue = "Switch.Clinic.Mvc.UsePasswordValue";
            public const string PasswordBasedEncryption = "1.2.840.113549.1.5.13";
            public const string PasswordSignIn = "Identity.PasswordSignIn";
            public const string PasswordRotationFlag = "pm-4321-rotate-admin-credentials";
            public const string LdapPassword = "userPassword";
            public const string SmtpPassword = "Mail:Smtp:Secret";
            public const string ResetPasswordRoute = "/account/reset-credentials";
        }
        """);

    [Fact]
    public Task Password_shaped_values_in_own_symbols_are_flagged() => Verify.VerifyAsync(Usings + """
        class SeedData
        {
            public const string AdminPassword = {|AIREG501:"admin123"|};
            public const string DemoPassword = {|AIREG501:"P@ssw0rd"|};
            public const string GuestPassword = {|AIREG501:"Welcome2024"|};
            public const string DbPassword = {|AIREG501:"Db_pass_2024"|};
            public const string RootPassword = {|AIREG501:"letmein"|};
            public const string PinPassword = {|AIREG501:"123456"|};
        }
        """);

    [Fact]
    public Task A_library_password_parameter_or_property_takes_any_value() => Verify.VerifyAsync(Usings + """
        class Seeder
        {
            async Task M(UserManager<IdentityUser> users, IdentityUser admin)
            {
                var mail = new NetworkCredential("mailer", {|AIREG501:"ClinicMailer"|});
                mail.Password = {|AIREG501:"Smtp.Relay.Account"|};
                await users.CreateAsync(admin, {|AIREG501:"ClinicAdmin"|});
            }
        }
        """);

    [Fact]
    public Task Patterns_and_flow_names_are_not_flagged() => Verify.VerifyAsync(Usings + """
        class CustomerSettings
        {
            public const string PasswordRegularExpression = "^.{6,}$";
            public const string AdminPasswordRule = "^(?=.*\\d)(?=.*[A-Z]).{12,}$";
            public const string CustomerPasswordRecovery = "Customer.PasswordRecovery";
        }
        """);

    [Fact]
    public Task Connection_string_passwords_in_every_literal_form_are_flagged() => Verify.VerifyAsync(Usings + """
        class C
        {
            void M()
            {
                var a = {|AIREG501:"Password = Sa!2024clinic ; Server=db.clinic.internal"|};
                var b = {|AIREG501:"Server=db;Database=his;PWD=My5ql#pw"|};
                var c = {|AIREG501:"Host=pg.clinic.internal;Username=his;Password='p@ss;word'"|};
                var d = {|AIREG501:"Server=db;Password=@dmin2024"|};
            }
        }
        """);

    [Fact]
    public Task Parameters_and_placeholders_in_connection_strings_and_uris_are_not_flagged() => Verify.VerifyAsync(Usings + """
        class C
        {
            void M()
            {
                var a = "Server=db;User Id=sa;password=@password";
                var b = "Server=db;User Id=sa;Password=:password";
                var c = "Server=db;User Id=sa;pwd=$pwd";
                var d = "Server=db;User Id=sa;Password = ;";
                var e = "Server=db;User Id=sa;Password={0}";
                var f = "amqp://user:password@mq.partner-clinic.cn";
                var g = "amqp://{user}:{password}@mq.partner-clinic.cn";
            }
        }
        """);

    [Fact]
    public Task Local_connection_strings_in_a_design_time_factory_are_not_flagged() => Verify.VerifyAsync(Usings + """
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Design;

        class ClinicContext : DbContext
        {
            public ClinicContext(DbContextOptions<ClinicContext> options) : base(options) { }
        }

        class ClinicContextFactory : IDesignTimeDbContextFactory<ClinicContext>
        {
            public ClinicContext CreateDbContext(string[] args)
            {
                var local = "Server=localhost;Database=clinic;User ID=app;Password=app;";
                var remote = {|AIREG501:"Server=db.partner-clinic.cn;Database=clinic;User ID=app;Password=Prod#2024;"|};
                return new ClinicContext(new DbContextOptionsBuilder<ClinicContext>().UseSqlite(local).Options);
            }
        }

        class ReportService
        {
            private const string Connection = {|AIREG501:"Server=localhost;Database=clinic;User Id=sa;Password=123456;"|};
        }
        """);

    [Fact]
    public Task Passwords_in_json_text_are_flagged() => Verify.VerifyAsync(Usings + """
        class PaymentPlugin
        {
            public string AdditionalSettings { get; set; } = {|AIREG501:"{\"MerchantId\": \"clinic\", \"MerchantPassword\": \"9F86D081884C7D659A2FEAA0C55AD015\"}"|};
            public string PolicySettings { get; set; } = "{\"PasswordPolicy\": \"strict\", \"Password\": \"\", \"SmtpPassword\": \"{0}\"}";
            public string Labels { get; set; } = "{\"Password\": \"Enter your password\", \"ConfirmPassword\": \"ConfirmPasswordLabel\"}";

            string Mask(string body)
            {
                var member = "(?<=\"password\":\")[^\",]*";
                return "Invalid \"password\": \"x7#Qp2!v\" rejected" + member + body;
            }
        }
        """);

    [Fact]
    public Task Passwords_compared_with_a_literal_are_flagged() => Verify.VerifyAsync(Usings + """
        class LoginService
        {
            private string _adminPassword = "";

            bool Check(string password, string passwordMode)
            {
                if (password == {|AIREG501:"admin123"|}) return true;
                if ({|AIREG501:"Backdoor#1"|}.Equals(password)) return true;
                if (string.Equals(_adminPassword, {|AIREG501:"Root!2024"|}, StringComparison.Ordinal)) return true;
                if (password.Equals({|AIREG501:"letmein2"|})) return true;
                if (password == "" || password == null || password != "changeme") return false;
                return passwordMode == "strict";
            }
        }
        """);

    [Fact]
    public Task Broken_code_does_not_throw() => Verify.VerifyAsync(Usings + """
        class C
        {
            void M()
            {
                var credential = new NetworkCredential("svc", {|AIREG501:"Svc#Clinic99"|});
                credential.{|CS1061:Nope|} = "Svc#Clinic99";
                {|CS0103:password|} = "Svc#Clinic99";
                var x = new {|CS0246:Missing|} { };
            }
        }
        """);

    [Fact]
    public Task Test_code_is_skipped_unless_included() => Verify.VerifyAsync(Usings + """
        class LoginTests
        {
            private const string TestPassword = "P@ssw0rd!";
        }

        class LoginFixture
        {
            public string AdminPassword { get; } = "Admin#123";
        }
        """);

    [Fact]
    public Task Include_test_code_option_flags_fixtures() => Verify.VerifyAsync(Usings + """
        class LoginTests
        {
            private const string TestPassword = {|AIREG501:"P@ssw0rd!"|};
        }
        """, "aireg.include_tests = true\n");

    [Fact]
    public Task Credential_words_option_adds_words() => Verify.VerifyAsync(Usings + """
        class C
        {
            private const string AdminKouling = {|AIREG501:"Kl#2024admin"|};
            private const string AdminPin = "4711";
        }
        """, "aireg.AIREG501.credential_words = kouling\n");

    [Fact]
    public Task Credential_words_general_key_is_read() => Verify.VerifyAsync(Usings + """
        class C
        {
            private const string AdminKouling = {|AIREG501:"Kl#2024admin"|};
        }
        """, "aireg.credential_words = kouling\n");

    [Fact]
    public Task Credential_words_option_keeps_the_built_in_words_for_library_passwords() => Verify.VerifyAsync(Usings + """
        class C
        {
            NetworkCredential M(string user)
            {
                var login = new NetworkCredential { UserName = user, Password = {|AIREG501:"Mail!2024"|} };
                return new NetworkCredential("svc_clinic", {|AIREG501:"Svc#Clinic99"|});
            }
        }
        """, "aireg.credential_words = kouling\n");

    [Fact]
    public Task Text_shapes_are_told_apart_before_any_symbol_is_read() => Verify.VerifyAsync(Usings + """
        class C
        {
            // An '@' without '=' can still be a URI's user info; an '=' without '@' a connection string; JSON may start after spaces.
            private const string Broker = {|AIREG501:"amqp://clinic:Rabbit2024@mq.partner-clinic.cn"|};
            private const string Database = {|AIREG501:"Host=db;Pwd=Sa!2024clinic"|};
            private const string Settings = {|AIREG501:"  \n {\"MerchantPassword\": \"9F86D081884C7D659A2FEAA0C55AD015\"}"|};
            private const string Mailbox = "clinic@partner-clinic.cn";
            private const string Equation = "a = b + c";
        }
        """);

    [Fact]
    public Task Fix_reads_the_environment_variable() => VerifyFix.VerifyFixAsync(Usings + """
        class MailSender
        {
            private static readonly string SmtpPassword = {|AIREG501:"Clinic#2024smtp"|};
        }
        """, Usings + """
        class MailSender
        {
            private static readonly string SmtpPassword = Environment.GetEnvironmentVariable("SMTP_PASSWORD") ?? throw new InvalidOperationException("Set the environment variable SMTP_PASSWORD.");
        }
        """, equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.HardCodedCredential, FixKind.FromEnvironment));

    [Fact]
    public Task Fix_turns_a_private_const_into_static_readonly() => VerifyFix.VerifyFixAsync(Usings + """
        class MailSender
        {
            private const string SmtpPassword = {|AIREG501:"Clinic#2024smtp"|};

            NetworkCredential Credential() => new NetworkCredential("mailer", SmtpPassword);
        }
        """, Usings + """
        class MailSender
        {
            private static readonly string SmtpPassword = Environment.GetEnvironmentVariable("SMTP_PASSWORD") ?? throw new InvalidOperationException("Set the environment variable SMTP_PASSWORD.");

            NetworkCredential Credential() => new NetworkCredential("mailer", SmtpPassword);
        }
        """, equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.HardCodedCredential, FixKind.FromEnvironment));

    [Fact]
    public Task Fix_uses_configuration_in_scope() => VerifyFix.VerifyFixAsync(Usings + """
        class MailSender
        {
            private readonly IConfiguration _configuration;

            public MailSender(IConfiguration configuration) => _configuration = configuration;

            NetworkCredential Credential() => new NetworkCredential("mailer", {|AIREG501:"Clinic#2024smtp"|});
        }
        """, Usings + """
        class MailSender
        {
            private readonly IConfiguration _configuration;

            public MailSender(IConfiguration configuration) => _configuration = configuration;

            NetworkCredential Credential() => new NetworkCredential("mailer", _configuration["MailSender:Password"] ?? throw new InvalidOperationException("Set the configuration value MailSender:Password."));
        }
        """, equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.HardCodedCredential, FixKind.FromConfiguration));

    [Fact]
    public Task Fix_uses_builder_Configuration_in_a_minimal_api() => VerifyFix.VerifyFixAsync(Usings + """
        using Microsoft.AspNetCore.Builder;

        static class Startup
        {
            public static NetworkCredential Mail(WebApplicationBuilder builder)
            {
                var smtpPassword = {|AIREG501:"Clinic#2024smtp"|};
                return new NetworkCredential("mailer", smtpPassword);
            }
        }
        """, Usings + """
        using Microsoft.AspNetCore.Builder;

        static class Startup
        {
            public static NetworkCredential Mail(WebApplicationBuilder builder)
            {
                var smtpPassword = builder.Configuration["Smtp:Password"] ?? throw new InvalidOperationException("Set the configuration value Smtp:Password.");
                return new NetworkCredential("mailer", smtpPassword);
            }
        }
        """, equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.HardCodedCredential, FixKind.FromConfiguration));

    [Fact]
    public Task No_fix_where_a_constant_is_required() => VerifyFix.VerifyNoFixAsync(Usings + """
        class MailSender
        {
            public const string SmtpPassword = {|AIREG501:"Clinic#2024smtp"|};
            private const string BackupPassword = {|AIREG501:"Backup#2024"|};

            [Obsolete(BackupPassword)]
            void Old() { }

            void Login(string password = {|AIREG501:"Default#2024"|}) { }
        }
        """);

    [Fact]
    public Task Fix_all_reads_the_environment() => VerifyFix.VerifyFixAllAsync(Usings + """
        class MailSettings
        {
            private const string SmtpPassword = {|AIREG501:"Clinic#2024smtp"|};
            public string DbPassword { get; set; } = {|AIREG501:"Db_pass_2024"|};

            void M()
            {
                const string ftpPwd = {|AIREG501:"Ftp#2024"|};
                var connectionString = {|AIREG501:"Server=db;User Id=sa;Password=Sa!2024clinic;"|};
                Console.WriteLine(ftpPwd + connectionString);
            }
        }
        """, Usings + """
        class MailSettings
        {
            private static readonly string SmtpPassword = Environment.GetEnvironmentVariable("SMTP_PASSWORD") ?? throw new InvalidOperationException("Set the environment variable SMTP_PASSWORD.");
            public string DbPassword { get; set; } = Environment.GetEnvironmentVariable("DB_PASSWORD") ?? throw new InvalidOperationException("Set the environment variable DB_PASSWORD.");

            void M()
            {
                string ftpPwd = Environment.GetEnvironmentVariable("FTP_PWD") ?? throw new InvalidOperationException("Set the environment variable FTP_PWD.");
                var connectionString = Environment.GetEnvironmentVariable("CONNECTION_STRING") ?? throw new InvalidOperationException("Set the environment variable CONNECTION_STRING.");
                Console.WriteLine(ftpPwd + connectionString);
            }
        }
        """, equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.HardCodedCredential, FixKind.FromEnvironment));
}
