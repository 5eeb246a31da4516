using System.Threading.Tasks;
using Xunit;
using static AiRegAnalyzers.Tests.Privacy.PrivacyTestTypes;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Privacy.PersonalDataInExceptionMessageAnalyzer>;

namespace AiRegAnalyzers.Tests.Privacy;

public class PersonalDataInExceptionMessageAnalyzerTests
{
    [Fact]
    public async Task Resource_Texts_Are_Messages_Not_The_Data_They_Name()
    {
        await Verify.VerifyAsync("""
            using System;
            using System.Globalization;

            namespace Shop.Resources
            {
                // As the .resx generator writes it.
                internal class Messages
                {
                    private static System.Resources.ResourceManager? resourceMan;

                    internal static System.Resources.ResourceManager ResourceManager =>
                        resourceMan ??= new System.Resources.ResourceManager("Shop.Resources.Messages", typeof(Messages).Assembly);

                    internal static CultureInfo? Culture { get; set; }

                    internal static string EmailIsTaken => ResourceManager.GetString("EmailIsTaken", Culture)!;

                    internal static string InvalidOldPassword => ResourceManager.GetString("InvalidOldPassword", Culture)!;
                }

                internal static class Settings
                {
                    internal static string SupportEmail { get; set; } = "";
                }
            }

            namespace Shop
            {
                using Shop.Resources;

                class Accounts
                {
                    void Register(string email)
                    {
                        if (email.Length == 0) throw new InvalidOperationException(Messages.EmailIsTaken);
                        if (email.Length == 1) throw new InvalidOperationException({|AIREG105:string.Format(Messages.EmailIsTaken, email)|});
                        if (email.Length == 2) throw new ArgumentException(Messages.InvalidOldPassword);
                        throw new InvalidOperationException("Write to " + {|AIREG105:Settings.SupportEmail|});
                    }
                }
            }
            """);
    }

    [Fact]
    public async Task InterpolatedConcatenatedAndFormattedMessages_AreFlagged()
    {
        await Verify.VerifyAsync("""
            using System;
            class C
            {
                void M(Patient patient, string email, int n)
                {
                    if (n == 0) throw new InvalidOperationException($"No booking for {{|AIREG105:patient.IdNumber|}} on {DateTime.Today}");
                    if (n == 1) throw new ArgumentException("Unknown e-mail " + {|AIREG105:email|} + ".", nameof(email));
                    if (n == 2) throw new System.Collections.Generic.KeyNotFoundException({|AIREG105:string.Format("Phone {0} not found", patient.PhoneNumber)|});
                    var message = $"Diagnosis {patient.Diagnosis} cannot be coded";
                    if (n == 3) throw new FormatException({|AIREG105:message|});
                }
            }
            """ + Patient);
    }

    [Fact]
    public async Task ThrowExpressions_AndCustomExceptions_AreFlagged()
    {
        await Verify.VerifyAsync("""
            using System;
            public sealed class DuplicatePatientException : Exception
            {
                public DuplicatePatientException(string idNumber) : base("Duplicate patient " + idNumber) { }
            }

            class C
            {
                string Find(Patient? patient, string phoneNumber) =>
                    patient?.FullName ?? throw new ArgumentNullException(nameof(patient), $"No patient with phone {{|AIREG105:phoneNumber|}}");

                void Add(Patient patient) => throw new DuplicatePatientException({|AIREG105:patient.IdNumber|});

                void Record(PatientRecord record) => throw new InvalidOperationException($"Cannot save {{|AIREG105:record|}}");
            }
            """ + Patient);
    }

    [Fact]
    public async Task MessagesWithoutPersonalData_AreNotFlagged()
    {
        await Verify.VerifyAsync("""
            using System;
            class C
            {
                void M(Patient patient, string email, Exception inner, int n)
                {
                    if (n == 0) throw new ArgumentNullException(nameof(email));
                    if (n == 1) throw new InvalidOperationException($"Patient {patient.Id} has {patient.VisitCount} visits in {patient.Department}");
                    if (n == 2) throw new InvalidOperationException("Template " + patient.EmailTemplate + " is invalid", inner);
                    if (n == 3) throw new ArgumentException($"Masked: {patient.MaskedEmail}, confirmed: {patient.PhoneNumberConfirmed}");
                    if (n == 4) throw new InvalidOperationException($"Cannot reach {Pii.Mask(patient.PhoneNumber)}");
                    if (n == 5) throw new ArgumentException("E-mail is required", nameof(email));
                    var notThrown = new InvalidOperationException($"Built but not thrown: {patient.IdNumber}");
                    if (n == 6) throw inner;
                }
            }
            """ + Patient);
    }

    [Fact]
    public async Task Options_ExcludedNamesAndSanitizers_ChangeTheOutcome()
    {
        const string source = """
            using System;
            public static class Scrub { public static string CleanPhone(string s) => s; }
            class C
            {
                void M(Patient patient, int n)
                {
                    if (n == 0) throw new InvalidOperationException($"No booking for {{|#0:patient.IdNumber|}}");
                    if (n == 1) throw new InvalidOperationException($"Cannot call {{|#1:Scrub.CleanPhone(patient.PhoneNumber)|}}");
                }
            }
            """ + Patient;
        await Verify.VerifyAsync(source, "aireg.AIREG105.excluded_names = IdNumber\naireg.sanitizer_methods = Scrub.CleanPhone\n");
        await Verify.VerifyAsync(
            source,
            "aireg.AIREG101.excluded_names = IdNumber\naireg.AIREG101.sanitizer_methods = Scrub.CleanPhone\n",
            Verify.Diagnostic("AIREG105").WithLocation(0),
            Verify.Diagnostic("AIREG105").WithLocation(1));
    }

    [Fact]
    public async Task MessageNamesTheDataAndTheException()
    {
        await Verify.VerifyAsync(
            """
            class C
            {
                void M(Patient patient) => throw new System.InvalidOperationException("No booking for " + {|#0:patient.IdNumber|});
            }
            """ + Patient,
            Verify.Diagnostic("AIREG105").WithLocation(0)
                .WithArguments("patient.IdNumber", " (identity data, sensitive under PIPL Art. 28)", "InvalidOperationException", ""));
    }
}
