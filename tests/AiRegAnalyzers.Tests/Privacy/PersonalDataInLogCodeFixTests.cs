using System.Threading.Tasks;
using AiRegAnalyzers.CodeFixes.Common;
using AiRegAnalyzers.CodeFixes.Privacy;
using Xunit;
using Verify = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<
    AiRegAnalyzers.Privacy.PersonalDataInLogAnalyzer,
    AiRegAnalyzers.CodeFixes.Common.LogAndPromptValueCodeFixProvider>;

namespace AiRegAnalyzers.Tests.Privacy;

public class PersonalDataInLogCodeFixTests
{
    private const string Redaction = "aireg.redaction_method = Clinic.Pii.Mask\n";

    private const string Types = """

        namespace Clinic
        {
            public class Patient
            {
                public int Id { get; set; }
                public string IdNumber { get; set; } = "";
                public string Email { get; set; } = "";
                public System.DateOnly DateOfBirth { get; set; }
            }

            public static class Pii
            {
                public static string Mask(string? value) => "***";
            }
        }
        """;

    [Fact]
    public async Task Wrap_is_the_first_fix_when_a_redaction_method_is_configured()
    {
        await Verify.VerifyFixAsync(
            """
            using Clinic;
            using Microsoft.Extensions.Logging;

            class C
            {
                void M(ILogger logger, Patient patient) =>
                    logger.LogInformation("Booking requested by {IdNumber} for {Id}", {|AIREG101:patient.IdNumber|}, patient.Id);
            }
            """ + Types,
            """
            using Clinic;
            using Microsoft.Extensions.Logging;

            class C
            {
                void M(ILogger logger, Patient patient) =>
                    logger.LogInformation("Booking requested by {IdNumber} for {Id}", Pii.Mask(patient.IdNumber), patient.Id);
            }
            """ + Types,
            Redaction);
    }

    [Fact]
    public async Task Remove_takes_the_connecting_word_or_punctuation_before_the_hole()
    {
        await Verify.VerifyFixAllAsync(
            """
            using Clinic;
            using Microsoft.Extensions.Logging;

            class C
            {
                void M(ILogger logger, Patient patient)
                {
                    logger.LogInformation("Booking requested by {IdNumber} for {Id}", {|AIREG101:patient.IdNumber|}, patient.Id);
                    logger.LogInformation("Triage requested: {Email}", {|AIREG101:patient.Email|});
                    logger.LogInformation($"Reminder for {patient.Id} sent to {{|AIREG101:patient.Email|}}, done");
                }
            }
            """ + Types,
            """
            using Clinic;
            using Microsoft.Extensions.Logging;

            class C
            {
                void M(ILogger logger, Patient patient)
                {
                    logger.LogInformation("Booking requested for {Id}", patient.Id);
                    logger.LogInformation("Triage requested");
                    logger.LogInformation($"Reminder for {patient.Id} sent, done");
                }
            }
            """ + Types,
            equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.PersonalDataInLog, FixKind.Remove));
    }

    [Fact]
    public async Task Remove_TakesOutTheArgumentAndItsHole()
    {
        await Verify.VerifyFixAsync(
            """
            using Clinic;
            using Microsoft.Extensions.Logging;

            class C
            {
                void M(ILogger logger, Patient patient) =>
                    logger.LogInformation("Booking by {IdNumber} for {Id}", {|AIREG101:patient.IdNumber|}, patient.Id);
            }
            """ + Types,
            """
            using Clinic;
            using Microsoft.Extensions.Logging;

            class C
            {
                void M(ILogger logger, Patient patient) =>
                    logger.LogInformation("Booking for {Id}", patient.Id);
            }
            """ + Types,
            equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.PersonalDataInLog, FixKind.Remove));
    }

    [Fact]
    public async Task Remove_BindsRepeatedNamedHolesOneArgumentEach()
    {
        await Verify.VerifyFixAsync(
            """
            using Clinic;
            using Microsoft.Extensions.Logging;

            class C
            {
                void M(ILogger logger, Patient patient) =>
                    logger.LogInformation("Visit {Id} for {Email}, visit {Id}", patient.Id, {|AIREG101:patient.Email|}, patient.Id);
            }
            """ + Types,
            """
            using Clinic;
            using Microsoft.Extensions.Logging;

            class C
            {
                void M(ILogger logger, Patient patient) =>
                    logger.LogInformation("Visit {Id}, visit {Id}", patient.Id, patient.Id);
            }
            """ + Types,
            equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.PersonalDataInLog, FixKind.Remove));
    }

    [Fact]
    public async Task Remove_RenumbersCompositeHoles()
    {
        await Verify.VerifyFixAsync(
            """
            using Clinic;

            class C
            {
                void M(log4net.ILog log, Patient patient) =>
                    log.InfoFormat("Patient {0} ({1}) visit {2}", {|AIREG101:patient.Email|}, patient.Id, patient.Id);
            }
            """ + Types,
            """
            using Clinic;

            class C
            {
                void M(log4net.ILog log, Patient patient) =>
                    log.InfoFormat("Patient ({0}) visit {1}", patient.Id, patient.Id);
            }
            """ + Types,
            equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.PersonalDataInLog, FixKind.Remove));
    }

    [Fact]
    public async Task Remove_TakesOutAnInterpolationHole()
    {
        await Verify.VerifyFixAsync(
            """
            using Clinic;
            using Microsoft.Extensions.Logging;

            class C
            {
                void M(ILogger logger, Patient patient) =>
                    logger.LogInformation($"Reminder sent to {{|AIREG101:patient.Email|}} for visit {patient.Id}");
            }
            """ + Types,
            """
            using Clinic;
            using Microsoft.Extensions.Logging;

            class C
            {
                void M(ILogger logger, Patient patient) =>
                    logger.LogInformation($"Reminder sent for visit {patient.Id}");
            }
            """ + Types,
            equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.PersonalDataInLog, FixKind.Remove));
    }

    [Fact]
    public async Task Remove_KeepsPunctuationTight()
    {
        await Verify.VerifyFixAsync(
            """
            using Clinic;
            using Microsoft.Extensions.Logging;

            class C
            {
                void M(ILogger logger, Patient patient)
                {
                    logger.LogInformation($"Patient {{|AIREG101:patient.Email|}}: visit {patient.Id}");
                    logger.LogInformation("Reminder to {Email}.", {|AIREG101:patient.Email|});
                }
            }
            """ + Types,
            """
            using Clinic;
            using Microsoft.Extensions.Logging;

            class C
            {
                void M(ILogger logger, Patient patient)
                {
                    logger.LogInformation($"Patient: visit {patient.Id}");
                    logger.LogInformation("Reminder.");
                }
            }
            """ + Types,
            equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.PersonalDataInLog, FixKind.Remove));
    }

    [Fact]
    public async Task Redact_WrapsTheValueInTheConfiguredMethod()
    {
        await Verify.VerifyFixAsync(
            """
            using Clinic;
            using Microsoft.Extensions.Logging;

            class C
            {
                void M(ILogger logger, Patient patient)
                {
                    logger.LogInformation("Booking by {IdNumber}", {|AIREG101:patient.IdNumber|});
                    System.Console.WriteLine({|AIREG101:patient.DateOfBirth|});
                }
            }
            """ + Types,
            """
            using Clinic;
            using Microsoft.Extensions.Logging;

            class C
            {
                void M(ILogger logger, Patient patient)
                {
                    logger.LogInformation("Booking by {IdNumber}", Pii.Mask(patient.IdNumber));
                    System.Console.WriteLine(Pii.Mask(patient.DateOfBirth.ToString()));
                }
            }
            """ + Types,
            Redaction,
            AiRegCodeFixProvider.EquivalenceKey(RuleIds.PersonalDataInLog, FixKind.Wrap));
    }

    [Fact]
    public async Task Redact_IsNotOfferedWithoutConfiguration_NorRemoveWithoutTemplate()
    {
        await Verify.VerifyNoFixAsync(
            """
            using Clinic;

            class C
            {
                void M(Patient patient) => System.Diagnostics.Debug.WriteLine({|AIREG101:patient.Email|});
            }
            """ + Types);
    }

    [Fact]
    public async Task FixAll_RemovesEveryValue_EvenSeveralInOneCall()
    {
        await Verify.VerifyFixAllAsync(
            """
            using Clinic;
            using Microsoft.Extensions.Logging;

            class C
            {
                void M(ILogger logger, Patient patient)
                {
                    logger.LogInformation("Patient {Email} {IdNumber} visit {Id}", {|AIREG101:patient.Email|}, {|AIREG101:patient.IdNumber|}, patient.Id);
                    logger.LogWarning($"Patient {{|AIREG101:patient.Email|}} and {{|AIREG101:patient.IdNumber|}} failed");
                }
            }
            """ + Types,
            """
            using Clinic;
            using Microsoft.Extensions.Logging;

            class C
            {
                void M(ILogger logger, Patient patient)
                {
                    logger.LogInformation("Patient visit {Id}", patient.Id);
                    logger.LogWarning($"Patient failed");
                }
            }
            """ + Types,
            equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.PersonalDataInLog, FixKind.Remove));
    }

    [Fact]
    public async Task FixAll_WrapsEveryValue()
    {
        await Verify.VerifyFixAllAsync(
            """
            using Clinic;
            using Microsoft.Extensions.Logging;

            class C
            {
                void M(ILogger logger, Patient patient)
                {
                    logger.LogInformation("Patient {Email} {IdNumber}", {|AIREG101:patient.Email|}, {|AIREG101:patient.IdNumber|});
                    logger.LogWarning($"Patient {{|AIREG101:patient.Email|}}");
                }
            }
            """ + Types,
            """
            using Clinic;
            using Microsoft.Extensions.Logging;

            class C
            {
                void M(ILogger logger, Patient patient)
                {
                    logger.LogInformation("Patient {Email} {IdNumber}", Pii.Mask(patient.Email), Pii.Mask(patient.IdNumber));
                    logger.LogWarning($"Patient {Pii.Mask(patient.Email)}");
                }
            }
            """ + Types,
            Redaction,
            AiRegCodeFixProvider.EquivalenceKey(RuleIds.PersonalDataInLog, FixKind.Wrap));
    }
}
