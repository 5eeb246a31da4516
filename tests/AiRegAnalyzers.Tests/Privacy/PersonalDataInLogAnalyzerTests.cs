using System.Threading.Tasks;
using AiRegAnalyzers.Privacy;
using Microsoft.CodeAnalysis;
using Xunit;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Privacy.PersonalDataInLogAnalyzer>;

namespace AiRegAnalyzers.Tests.Privacy;

public class PersonalDataInLogAnalyzerTests
{
    private const string Patient = """
        public class Patient
        {
            public int Id { get; set; }
            public string FullName { get; set; } = "";
            public string IdNumber { get; set; } = "";
            public string PhoneNumber { get; set; } = "";
            public bool PhoneNumberConfirmed { get; set; }
            public string? Email { get; set; }
            public string EmailTemplate { get; set; } = "";
            public string MaskedEmail { get; set; } = "";
            public int PasswordRequiredLength { get; set; }
            public System.DateOnly DateOfBirth { get; set; }
            public Gender Gender { get; set; }
            public int VisitCount { get; set; }
        }

        public enum Gender { Unspecified, Female, Male }

        public record PatientRecord(int Id, string Email);

        public static class Pii
        {
            public static string Mask(string? value) => "***";
        }
        """;

    [Fact]
    public async Task MicrosoftExtensionsLogging_ExtensionMethods_AreFlagged()
    {
        await Verify.VerifyAsync("using Microsoft.Extensions.Logging;\n" + Patient + """
            class C
            {
                void M(Microsoft.Extensions.Logging.ILogger logger, Patient patient)
                {
                    Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(logger, "x {Id}", {|AIREG101:patient.IdNumber|});
                    logger.LogInformation("Patient {Id} has phone {Phone}", patient.Id, {|AIREG101:patient.PhoneNumber|});
                    logger.LogWarning(new System.Exception(), "Failed for {Email}", {|AIREG101:patient.Email|});
                    logger.Log(Microsoft.Extensions.Logging.LogLevel.Error, "Born {Dob}", {|AIREG101:patient.DateOfBirth|});
                    using var scope = logger.BeginScope("Patient {Name}", {|AIREG101:patient.FullName|});
                }
            }
            """);
    }

    [Fact]
    public async Task Linq_projections_carry_what_the_selector_returns_not_the_source()
    {
        // PatientRecord is a record: its ToString prints its members, so the records themselves carry personal data.
        await Verify.VerifyAsync("using System.Linq;\nusing Microsoft.Extensions.Logging;\n" + Patient + """
            class C
            {
                void M(ILogger logger, System.Collections.Generic.List<PatientRecord> records)
                {
                    var active = records.Where(r => r.Id > 0).ToList();
                    var ids = string.Join(",", active.Select(r => r.Id).Distinct().ToList());
                    logger.LogInformation("Reminders sent to {Ids}", ids);
                    logger.LogInformation("Reminders sent to {Count}", active.Select(r => r.Id).Count());

                    logger.LogInformation("Reminders sent to {Records}", {|AIREG101:string.Join(",", active.Distinct().ToList())|});
                    logger.LogInformation("First {Email}", {|AIREG101:active.First().Email|});
                }
            }
            """);
    }

    [Fact]
    public async Task MessageNamesTheDataAndItsCategory()
    {
        await Verify.VerifyAsync(
            "using Microsoft.Extensions.Logging;\n" + Patient + """
            class C
            {
                void M(ILogger logger, Patient patient) => logger.LogInformation("Booking by {IdNumber}", {|#0:patient.IdNumber|});
            }
            """,
            Verify.Diagnostic("AIREG101").WithLocation(0)
                .WithArguments("patient.IdNumber", " (identity data, sensitive under PIPL Art. 28)", "LogInformation", ""));
    }

    [Fact]
    public async Task ILoggerLog_AndLoggerMessageMethods_AreFlagged()
    {
        await Verify.VerifyAsync("using Microsoft.Extensions.Logging;\n" + Patient + """
            static partial class Log
            {
                [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Patient {email} checked in")]
                public static partial void CheckedIn(ILogger logger, string email);

                public static partial void CheckedIn(ILogger logger, string email) { }
            }

            class C
            {
                void M(ILogger logger, Patient patient)
                {
                    Log.CheckedIn(logger, {|AIREG101:patient.Email|});
                    logger.Log(LogLevel.Information, new EventId(1), {|AIREG101:patient.PhoneNumber|}, null, (s, e) => s);
                }
            }
            """);
    }

    [Fact]
    public async Task Serilog_StaticAndInstance_AreFlagged_AndDestructuringCarriesObjects()
    {
        await Verify.VerifyAsync(Patient + """
            class C
            {
                void M(Serilog.ILogger logger, Patient patient)
                {
                    Serilog.Log.Information("Reminder to {Email}", {|AIREG101:patient.Email|});
                    Serilog.Log.Warning("Values {A} {B}", patient.Id, {|AIREG101:patient.IdNumber|});
                    logger.Error("Failed for {@Patient}", {|AIREG101:patient|});
                    logger.Information("Seen {Patient}", patient);
                    logger.Debug("Id {Id}", patient.Id);
                }
            }
            """);
    }

    [Fact]
    public async Task NLog_Log4Net_Diagnostics_Console_AreFlagged()
    {
        await Verify.VerifyAsync("using System;\nusing System.Diagnostics;\n" + Patient + """
            class C
            {
                void M(NLog.Logger nlog, log4net.ILog log4, TraceSource source, EventLog eventLog, Patient patient)
                {
                    nlog.Info("Patient {Phone}", {|AIREG101:patient.PhoneNumber|});
                    log4.Info({|AIREG101:patient.Email|});
                    log4.InfoFormat("Patient {0}", {|AIREG101:patient.IdNumber|});
                    Debug.WriteLine({|AIREG101:patient.FullName|});
                    Trace.TraceInformation("Patient {0}", {|AIREG101:patient.Email|});
                    source.TraceEvent(TraceEventType.Information, 1, "Patient {0}", {|AIREG101:patient.Email|});
                    eventLog.WriteEntry({|AIREG101:patient.PhoneNumber|});
                    Console.WriteLine({|AIREG101:patient.IdNumber|});
                    Console.Out.WriteLine({|AIREG101:patient.Email|});
                    Console.Error.WriteLine("{0}", {|AIREG101:patient.PhoneNumber|});
                }
            }
            """);
    }

    [Fact]
    public async Task Flow_ThroughLocalsInterpolationConcatenationFormatAndConditionals()
    {
        await Verify.VerifyAsync("using Microsoft.Extensions.Logging;\n" + Patient + """
            class C
            {
                async System.Threading.Tasks.Task M(ILogger logger, Patient patient, Patient? other)
                {
                    var phone = patient.PhoneNumber;
                    logger.LogInformation("Calling {Phone}", {|AIREG101:phone|});
                    logger.LogInformation($"Patient {{|AIREG101:patient.Email|}} booked");
                    logger.LogInformation({|AIREG101:"Patient " + patient.IdNumber|});
                    var text = "id: " + patient.IdNumber.Trim().ToUpperInvariant();
                    logger.LogInformation("{Text}", {|AIREG101:text|});
                    logger.LogInformation("{Text}", {|AIREG101:string.Format("{0}", patient.Email)|});
                    logger.LogInformation("{Dob}", {|AIREG101:patient.DateOfBirth.ToString("d")|});
                    logger.LogInformation("{Contact}", {|AIREG101:patient.Email ?? patient.PhoneNumber|});
                    logger.LogInformation("{Contact}", {|AIREG101:other?.Email|});
                    logger.LogInformation("{Contact}", {|AIREG101:patient.Id > 0 ? patient.PhoneNumber : "none"|});
                    logger.LogInformation("{Email}", {|AIREG101:await GetEmailAsync()|});
                    logger.LogInformation("{Record}", {|AIREG101:new PatientRecord(1, "a")|});
                    foreach (var email in new[] { patient.Email })
                    {
                        logger.LogInformation("{Email}", {|AIREG101:email|});
                    }
                }

                System.Threading.Tasks.Task<string> GetEmailAsync() => System.Threading.Tasks.Task.FromResult("");
            }
            """);
    }

    [Fact]
    public async Task LookAlikes_AreNotFlagged()
    {
        await Verify.VerifyAsync("using Microsoft.AspNetCore.DataProtection;\nusing Microsoft.Extensions.Logging;\n" + Patient + """
            class C
            {
                void M(ILogger logger, Patient patient, Microsoft.Extensions.Compliance.Redaction.Redactor redactor,
                       Microsoft.AspNetCore.DataProtection.IDataProtector protector, System.Net.Sockets.AddressFamily addressFamily)
                {
                    logger.LogInformation("{Confirmed}", patient.PhoneNumberConfirmed);
                    logger.LogInformation("{Template}", patient.EmailTemplate);
                    logger.LogInformation("{Masked}", patient.MaskedEmail);
                    logger.LogInformation("{Length}", patient.PasswordRequiredLength);
                    logger.LogInformation("{Gender}", patient.Gender);
                    logger.LogInformation("{Count}", patient.VisitCount);
                    logger.LogInformation("{Name}", nameof(patient.Email));
                    logger.LogInformation("{Id}", patient.Id);
                    logger.LogInformation("{Family}", addressFamily);
                    logger.LogInformation("{Any}", System.Net.IPAddress.Any);
                    logger.LogInformation("{Masked}", Pii.Mask(patient.PhoneNumber));
                    logger.LogInformation("{Hash}", HashEmail(patient.Email));
                    logger.LogInformation("{Redacted}", redactor.Redact(patient.IdNumber));
                    logger.LogInformation("{Protected}", protector.Protect(patient.IdNumber));
                    logger.LogInformation("{Patient}", patient);
                    var masked = Pii.Mask(patient.Email);
                    logger.LogInformation("{Masked}", masked);
                    var email = patient.Email;
                    email = Pii.Mask(email);
                    logger.LogInformation("{Email}", email);
                    logger.LogInformation("Constant {Email}", "noreply@example.com");
                }

                static string HashEmail(string? value) => "";
            }
            """);
    }

    [Fact]
    public async Task PersonalDataAttributes_MarkMembers()
    {
        await Verify.VerifyAsync("""
            using System.ComponentModel.DataAnnotations;
            using Microsoft.AspNetCore.Identity;
            using Microsoft.Extensions.Compliance.Classification;
            using Microsoft.Extensions.Logging;

            public sealed class PiiAttribute : DataClassificationAttribute
            {
                public PiiAttribute() : base(new DataClassification("Clinic", "PII")) { }
            }

            public class Member
            {
                [PersonalData] public string Nickname { get; set; } = "";
                [ProtectedPersonalData] public string Badge { get; set; } = "";
                [Pii] public string Alias { get; set; } = "";
                [EmailAddress] public string Contact { get; set; } = "";
                [DataType(DataType.PhoneNumber)] public string Reach { get; set; } = "";
                [DataType(DataType.Date)] public string Joined { get; set; } = "";
            }

            class C
            {
                void M(ILogger logger, Member member)
                {
                    logger.LogInformation("{A}", {|AIREG101:member.Nickname|});
                    logger.LogInformation("{A}", {|AIREG101:member.Badge|});
                    logger.LogInformation("{A}", {|AIREG101:member.Alias|});
                    logger.LogInformation("{A}", {|AIREG101:member.Contact|});
                    logger.LogInformation("{A}", {|AIREG101:member.Reach|});
                    logger.LogInformation("{A}", member.Joined);
                }
            }
            """);
    }

    [Fact]
    public async Task IdentityUser_IsACarrier()
    {
        await Verify.VerifyAsync("""
            using Microsoft.AspNetCore.Identity;
            using Microsoft.Extensions.Logging;

            class C
            {
                void M(ILogger logger, IdentityUser user)
                {
                    logger.LogInformation("Signed in {User}", {|AIREG101:user|});
                    logger.LogInformation("Signed in {Email}", {|AIREG101:user.Email|});
                    // IdentityUser.Id carries [PersonalData], but a key is the pseudonym to log (aireg.treat_ids_as_personal_data opts back in).
                    logger.LogInformation("Signed in {Id}", user.Id);
                    logger.LogInformation("Confirmed {Confirmed}", user.EmailConfirmed);
                }
            }
            """);
    }

    [Fact]
    public async Task Options_ChangeTheOutcome()
    {
        const string Source = """
            using Microsoft.Extensions.Logging;

            public class Member
            {
                public string MemberNo { get; set; } = "";
                public string SupportEmail { get; set; } = "";
            }

            public static class Scrub
            {
                public static string Clean(string value) => "";
            }

            public class Audit
            {
                public void Record(string subject) { }
            }

            class C
            {
                void M(ILogger logger, Member member, Audit audit)
                {
                    logger.LogInformation("{No}", [|member.MemberNo|]);
                    logger.LogInformation("{Support}", member.SupportEmail);
                    logger.LogInformation("{Clean}", Scrub.Clean(member.SupportEmail));
                    audit.Record([|member.MemberNo|]);
                }
            }
            """;

        await Verify.VerifyAsync(
            Source.Replace("[|", "{|AIREG101:", System.StringComparison.Ordinal),
            """
            aireg.personal_data_names = member_no
            aireg.excluded_names = SupportEmail
            aireg.sanitizer_methods = Scrub.Clean
            aireg.log_methods = MyNamespace.Nothing, Audit.Record
            """);

        // Without configuration: only the support address (contact) is flagged, and the wrapper is not a log method.
        await Verify.VerifyAsync(
            Source.Replace("[|member.MemberNo|]", "member.MemberNo", System.StringComparison.Ordinal)
                .Replace("\"{Support}\", member.SupportEmail", "\"{Support}\", {|AIREG101:member.SupportEmail|}", System.StringComparison.Ordinal),
            editorConfig: null);
    }

    [Fact]
    public async Task RuleSpecificOption_OverridesGeneralOne()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.Extensions.Logging;
            class C
            {
                void M(ILogger logger, string supportEmail, string memberNo)
                {
                    logger.LogInformation("{A}", supportEmail);
                    logger.LogInformation("{A}", {|AIREG101:memberNo|});
                }
            }
            """,
            """
            aireg.excluded_names = memberNo
            aireg.AIREG101.excluded_names = supportEmail
            aireg.AIREG101.personal_data_names = member_no
            """);
    }

    [Fact]
    public async Task PersonalDataAttributesOption_AddsAttribute()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.Extensions.Logging;
            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class SensitiveAttribute : System.Attribute { }
            public class Member { [Sensitive] public string Code { get; set; } = ""; }
            class C
            {
                void M(ILogger logger, Member member) => logger.LogInformation("{A}", {|AIREG101:member.Code|});
            }
            """,
            "aireg.personal_data_attributes = Sensitive\n");
    }

    [Theory]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    public async Task EditorConfigSeverity_IsApplied(string severity, DiagnosticSeverity expected)
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.Extensions.Logging;
            class C
            {
                void M(ILogger logger, string email) => logger.LogInformation("{Email}", {|#0:email|});
            }
            """,
            $"dotnet_diagnostic.AIREG101.severity = {severity}\n",
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("AIREG101", expected).WithLocation(0));
    }

    [Fact]
    public async Task EditorConfigNone_Silences()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.Extensions.Logging;
            class C
            {
                void M(ILogger logger, string email) => logger.LogInformation("{Email}", email);
            }
            """,
            "dotnet_diagnostic.AIREG101.severity = none\n");
    }

    [Fact]
    public async Task NoLoggingApis_NothingIsReported()
    {
        await Verify.VerifyAsync("""
            class C
            {
                string M(string email) => email.Trim();
            }
            """);
    }
}
