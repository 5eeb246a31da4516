using System.Threading.Tasks;
using AiRegAnalyzers.CodeFixes.Privacy;
using AiRegAnalyzers.Tests.Verifiers;
using Xunit;
using AiRegAnalyzers.CodeFixes.Common;
using Fix102 = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<
    AiRegAnalyzers.Privacy.PersonalDataStoredUnencryptedAnalyzer,
    AiRegAnalyzers.CodeFixes.Privacy.PersonalDataStoredUnencryptedCodeFixProvider>;
using Fix103 = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<
    AiRegAnalyzers.Privacy.SensitiveDataPersistedInClearTextAnalyzer,
    AiRegAnalyzers.CodeFixes.Privacy.SensitiveDataPersistedInClearTextCodeFixProvider>;
using Fix105 = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<
    AiRegAnalyzers.Privacy.PersonalDataInExceptionMessageAnalyzer,
    AiRegAnalyzers.CodeFixes.Privacy.PersonalDataInExceptionMessageCodeFixProvider>;

namespace AiRegAnalyzers.Tests.Privacy;

/// <summary>Code fixes of AIREG102 (wrap in the protection method), AIREG103 (add the protection attribute) and AIREG105 (remove from the message).</summary>
public class PrivacyCodeFixTests
{
    private const string Protection = "aireg.protection_method = Clinic.Security.Vault.Protect\n";

    private const string Types = """

        namespace Clinic.Security
        {
            public static class Vault
            {
                public static string Protect(string? value) => value ?? "";
            }

            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class EncryptedColumnAttribute : System.Attribute { }
        }

        namespace Clinic.Models
        {
            public class Patient
            {
                public int Id { get; set; }
                public string IdNumber { get; set; } = "";
                public string PhoneNumber { get; set; } = "";
                public string? Email { get; set; }
                public string? Diagnosis { get; set; }
            }
        }
        """;

    [Fact]
    public async Task AIREG102_WrapsTheStoredValueInTheProtectionMethod()
    {
        await Fix102.VerifyFixAsync(
            """
            using System.IO;
            using Clinic.Models;

            class Export
            {
                void M(Patient patient, string path) => File.WriteAllText(path, {|AIREG102:patient.IdNumber|});
            }
            """ + Types,
            """
            using System.IO;
            using Clinic.Models;

            class Export
            {
                void M(Patient patient, string path) => File.WriteAllText(path, Clinic.Security.Vault.Protect(patient.IdNumber));
            }
            """ + Types,
            Protection,
            AiRegCodeFixProvider.EquivalenceKey(RuleIds.PersonalDataStoredUnencrypted, FixKind.Wrap));
    }

    [Fact]
    public async Task AIREG102_FixAll_WrapsEveryValue()
    {
        await Fix102.VerifyFixAllAsync(
            """
            using System.Text;
            using Clinic.Models;
            using Clinic.Security;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Caching.Distributed;

            class Session
            {
                void M(HttpResponse response, IDistributedCache cache, Patient patient)
                {
                    response.Cookies.Append("phone", {|AIREG102:patient.PhoneNumber|});
                    cache.SetString("email", {|AIREG102:patient.Email ?? ""|});
                }
            }
            """ + Types,
            """
            using System.Text;
            using Clinic.Models;
            using Clinic.Security;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Caching.Distributed;

            class Session
            {
                void M(HttpResponse response, IDistributedCache cache, Patient patient)
                {
                    response.Cookies.Append("phone", Vault.Protect(patient.PhoneNumber));
                    cache.SetString("email", Vault.Protect(patient.Email ?? ""));
                }
            }
            """ + Types,
            Protection,
            AiRegCodeFixProvider.EquivalenceKey(RuleIds.PersonalDataStoredUnencrypted, FixKind.Wrap));
    }

    [Fact]
    public async Task AIREG102_NoFix_WhenTheProtectionMethodDoesNotFitTheValue()
    {
        // Protect(string) cannot take bytes without changing what is stored.
        await Fix102.VerifyNoFixAsync(
            """
            using System.Text;
            using Clinic.Models;
            using Microsoft.Extensions.Caching.Distributed;

            class Session
            {
                void M(IDistributedCache cache, Patient patient) => cache.Set("dx", {|AIREG102:Encoding.UTF8.GetBytes(patient.Diagnosis ?? "")|});
            }
            """ + Types,
            Protection);
    }

    [Fact]
    public async Task AIREG102_NoFix_WithoutAConfiguredProtectionMethod()
    {
        await Fix102.VerifyNoFixAsync(
            """
            using System.IO;
            using Clinic.Models;

            class Export
            {
                void M(Patient patient, string path) => File.WriteAllText(path, {|AIREG102:patient.IdNumber|});
            }
            """ + Types);
    }

    [Fact]
    public async Task AIREG103_AddsTheConfiguredProtectionAttribute()
    {
        await RunAIREG103Async(
            """
            using Microsoft.EntityFrameworkCore;

            namespace Clinic.Data
            {
                public class Member
                {
                    public int Id { get; set; }

                    /// <summary>Resident identity number.</summary>
                    public string {|AIREG103:IdNumber|} { get; set; } = "";
                }

                public class ClinicDbContext : DbContext
                {
                    public DbSet<Member> Members => Set<Member>();
                }
            }
            """ + Types,
            """
            using Microsoft.EntityFrameworkCore;

            namespace Clinic.Data
            {
                public class Member
                {
                    public int Id { get; set; }

                    /// <summary>Resident identity number.</summary>
                    [Security.EncryptedColumn]
                    public string IdNumber { get; set; } = "";
                }

                public class ClinicDbContext : DbContext
                {
                    public DbSet<Member> Members => Set<Member>();
                }
            }
            """ + Types,
            "aireg.protection_attributes = Clinic.Security.EncryptedColumn\n",
            AiRegCodeFixProvider.EquivalenceKey(RuleIds.SensitiveDataPersistedInClearText, FixKind.AddAttribute));
    }

    [Fact]
    public async Task AIREG103_FixAll_AnnotatesEveryProperty()
    {
        await RunAIREG103Async(
            """
            using Clinic.Security;
            using Microsoft.EntityFrameworkCore;

            public class Member
            {
                public int Id { get; set; }
                public string {|AIREG103:IdNumber|} { get; set; } = "";
                [System.ComponentModel.DataAnnotations.MaxLength(200)]
                public string? {|AIREG103:Diagnosis|} { get; set; }
            }

            public class ClinicDbContext : DbContext
            {
                public DbSet<Member> Members => Set<Member>();
            }
            """ + Types,
            """
            using Clinic.Security;
            using Microsoft.EntityFrameworkCore;

            public class Member
            {
                public int Id { get; set; }
                [EncryptedColumn]
                public string IdNumber { get; set; } = "";
                [EncryptedColumn]
                [System.ComponentModel.DataAnnotations.MaxLength(200)]
                public string? Diagnosis { get; set; }
            }

            public class ClinicDbContext : DbContext
            {
                public DbSet<Member> Members => Set<Member>();
            }
            """ + Types,
            "aireg.protection_attributes = EncryptedColumn\n",
            AiRegCodeFixProvider.EquivalenceKey(RuleIds.SensitiveDataPersistedInClearText, FixKind.AddAttribute));
    }

    [Fact]
    public async Task AIREG103_NoFix_WithoutAConfiguredAttribute()
    {
        const string source = """
            using Microsoft.EntityFrameworkCore;

            public class Member
            {
                public int Id { get; set; }
                public string {|AIREG103:IdNumber|} { get; set; } = "";
            }

            public class ClinicDbContext : DbContext
            {
                public DbSet<Member> Members => Set<Member>();
            }
            """ + Types;
        await RunAIREG103Async(source, source, editorConfig: null, AiRegCodeFixProvider.EquivalenceKey(RuleIds.SensitiveDataPersistedInClearText, FixKind.AddAttribute));
    }

    [Fact]
    public async Task AIREG105_RemovesTheHoleFromTheMessage()
    {
        await Fix105.VerifyFixAsync(
            """
            using System;
            using Clinic.Models;

            class Booking
            {
                void M(Patient patient) => throw new InvalidOperationException($"No booking for {{|AIREG105:patient.IdNumber|}} today");
            }
            """ + Types,
            """
            using System;
            using Clinic.Models;

            class Booking
            {
                void M(Patient patient) => throw new InvalidOperationException($"No booking today");
            }
            """ + Types,
            equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.PersonalDataInExceptionMessage, FixKind.Remove));
    }

    [Fact]
    public async Task AIREG105_FixAll_RemovesHolesAndConcatenatedValues()
    {
        await Fix105.VerifyFixAllAsync(
            """
            using System;
            using Clinic.Models;

            class Booking
            {
                void M(Patient patient, int n)
                {
                    if (n == 0) throw new InvalidOperationException($"Patient {{|AIREG105:patient.Email|}} with phone {{|AIREG105:patient.PhoneNumber|}} is blocked");
                    if (n == 1) throw new ArgumentException("Unknown id " + {|AIREG105:patient.IdNumber|} + ".", nameof(patient));
                    if (n == 2) throw new ArgumentException("Patient " + patient.Id + " phone " + {|AIREG105:patient.PhoneNumber|});
                }
            }
            """ + Types,
            """
            using System;
            using Clinic.Models;

            class Booking
            {
                void M(Patient patient, int n)
                {
                    if (n == 0) throw new InvalidOperationException($"Patient with phone is blocked");
                    if (n == 1) throw new ArgumentException("Unknown id.", nameof(patient));
                    if (n == 2) throw new ArgumentException("Patient " + patient.Id + " phone");
                }
            }
            """ + Types,
            equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.PersonalDataInExceptionMessage, FixKind.Remove));
    }

    [Fact]
    public async Task AIREG105_NoFix_ForAWholeArgument()
    {
        await Fix105.VerifyNoFixAsync(
            """
            using System;
            using Clinic.Models;

            class Booking
            {
                void M(Patient patient) => throw new ArgumentException({|AIREG105:patient.Email|});
            }
            """ + Types);
    }

    /// <summary>
    /// AIREG103 is reported at the end of the compilation (entities, conversions and ignores live in
    /// different files), so its diagnostics are not local to one document: the local-diagnostic check
    /// of the testing library does not apply.
    /// </summary>
    private static Task RunAIREG103Async(string source, string fixedSource, string? editorConfig, string equivalenceKey)
    {
        var test = new Fix103.Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
            CodeFixTestBehaviors = Microsoft.CodeAnalysis.Testing.CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
        };
        test.Configure(editorConfig);
        return test.RunAsync();
    }
}
