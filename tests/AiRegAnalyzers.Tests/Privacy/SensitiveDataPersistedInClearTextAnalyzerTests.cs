using System.Threading.Tasks;
using AiRegAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Privacy.SensitiveDataPersistedInClearTextAnalyzer>;

namespace AiRegAnalyzers.Tests.Privacy;

public class SensitiveDataPersistedInClearTextAnalyzerTests
{
    [Fact]
    public async Task SensitivePropertiesOfEntities_AreFlagged_GeneralPersonalDataIsNot()
    {
        await Verify.VerifyAsync("""
            using System.Collections.Generic;
            using Microsoft.EntityFrameworkCore;

            public class Patient
            {
                public int Id { get; set; }
                public string FullName { get; set; } = "";
                public string {|AIREG103:IdNumber|} { get; set; } = "";
                public string PhoneNumber { get; set; } = "";
                public string? Email { get; set; }
                public string? {|AIREG103:Diagnosis|} { get; set; }
                public double? {|AIREG103:Latitude|} { get; set; }
                public bool PhoneNumberConfirmed { get; set; }
                public string IdNumberHash { get; set; } = "";
                public List<Visit> Visits { get; set; } = new();
                public string Summary => FullName + " " + IdNumber;
            }

            public class Visit
            {
                public int Id { get; set; }
                public string? {|AIREG103:Symptoms|} { get; set; }
                public string Department { get; set; } = "";
            }

            public class ClinicDbContext : DbContext
            {
                public DbSet<Patient> Patients => Set<Patient>();
            }
            """);
    }

    [Fact]
    public async Task Password_Next_To_A_Salt_Is_A_Salted_Hash_Without_One_Is_Clear_Text()
    {
        await Verify.VerifyAsync("""
            using Microsoft.EntityFrameworkCore;

            public class Member
            {
                public int Id { get; set; }
                public string UserName { get; set; } = "";
                public string Password { get; set; } = "";
                public string SaltKey { get; set; } = "";
                public string {|AIREG103:IdCardNumber|} { get; set; } = "";
            }

            public abstract class SaltedAccount
            {
                public int Id { get; set; }
                public byte[] PwdSalt { get; set; } = [];
                public override int GetHashCode() => Id;
                public override bool Equals(object? other) => other is SaltedAccount account && account.Id == Id;
            }
            public class Operator : SaltedAccount { public string LoginPassword { get; set; } = ""; }

            public class Clerk
            {
                public int Id { get; set; }
                public decimal {|AIREG103:Salary|} { get; set; }
                public string {|AIREG103:Password|} { get; set; } = "";
            }

            public class ShopDbContext : DbContext
            {
                public DbSet<Member> Members => Set<Member>();
                public DbSet<Operator> Operators => Set<Operator>();
                public DbSet<Clerk> Clerks => Set<Clerk>();
            }
            """);
    }

    [Fact]
    public async Task Password_The_Entity_Only_Hashes_Itself_IsNot_Clear_Text()
    {
        await Verify.VerifyAsync("""
            using System;
            using Microsoft.EntityFrameworkCore;

            static class Hasher
            {
                public static string HashPassword(string password, string pepper) => password + pepper;
            }

            public class Account
            {
                public int Id { get; set; }
                public string Password { get; set; } = null!;
                public string Seed { get; set; } = "";

                public void SetPassword(string password)
                {
                    Seed = Guid.NewGuid().ToString("N");
                    Password = Hasher.HashPassword(password, Seed);
                }
            }

            public class Mailbox
            {
                public int Id { get; set; }
                public string {|AIREG103:Password|} { get; set; } = "";

                public void Reset(string password, bool hash) => Password = hash ? Hasher.HashPassword(password, "") : password;
            }

            public class AppDbContext : DbContext
            {
                public DbSet<Account> Accounts => Set<Account>();
                public DbSet<Mailbox> Mailboxes => Set<Mailbox>();
            }
            """);
    }

    [Fact]
    public async Task BareLocation_IsPreciseLocation_OnlyOnAPerson()
    {
        await Verify.VerifyAsync("""
            using Microsoft.EntityFrameworkCore;

            public record struct GeoPoint(double X, double Y);
            public class District { public int Id { get; set; } public GeoPoint? Location { get; set; } }
            public class AttendanceRecord { public int Id { get; set; } public string EmployeeName { get; set; } = ""; public string Location { get; set; } = ""; }
            public class Checkin { public int Id { get; set; } public string EmployeeName { get; set; } = ""; public GeoPoint? {|AIREG103:Location|} { get; set; } }
            public class Customer { public int Id { get; set; } public string {|AIREG103:Location|} { get; set; } = ""; }

            public class AppDbContext : DbContext
            {
                public DbSet<District> Districts => Set<District>();
                public DbSet<AttendanceRecord> Attendance => Set<AttendanceRecord>();
                public DbSet<Checkin> Checkins => Set<Checkin>();
                public DbSet<Customer> Customers => Set<Customer>();
            }
            """);
    }

    [Fact]
    public async Task PasswordMetadata_IsNotAClearTextCredential()
    {
        await Verify.VerifyAsync("""
            using System;
            using Microsoft.EntityFrameworkCore;

            public class Member
            {
                public int Id { get; set; }
                public string PasswordHash { get; set; } = "";
                public string PasswordSalt { get; set; } = "";
                public string Salt { get; set; } = "";
                public DateTime LastPasswordChangeDate { get; set; }
                public DateTime? PasswordExpiresAt { get; set; }
                public DateTime PasswordExpiry { get; set; }
                public DateTime PasswordUpdatedAt { get; set; }
                public int PasswordHashIterations { get; set; }
                public string PasswordHashAlgorithm { get; set; } = "";
                public string PasswordQuestion { get; set; } = "";
                public string PasswordResetToken { get; set; } = "";
                public string {|AIREG103:Password|} { get; set; } = "";
                public string {|AIREG103:SecurityAnswer|} { get; set; } = "";
            }

            public class ClubDbContext : DbContext
            {
                public DbSet<Member> Members => Set<Member>();
            }
            """);
    }

    [Fact]
    public async Task EntitiesConfiguredWithModelBuilderEntity_AreFlagged()
    {
        await Verify.VerifyAsync("""
            using Microsoft.EntityFrameworkCore;

            public class Employee
            {
                public int Id { get; set; }
                public decimal {|AIREG103:Salary|} { get; set; }
                public string {|AIREG103:BankCardNumber|} { get; set; } = "";
            }

            public class HrDbContext : DbContext
            {
                protected override void OnModelCreating(ModelBuilder modelBuilder)
                {
                    modelBuilder.Entity<Employee>().HasKey(e => e.Id);
                }
            }
            """);
    }

    [Fact]
    public async Task ConversionsAttributesIgnoresAndNotMapped_AreNotFlagged()
    {
        await Verify.VerifyAsync("""
            using System.ComponentModel.DataAnnotations.Schema;
            using Microsoft.AspNetCore.Identity;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.EntityFrameworkCore.Metadata.Builders;

            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class EncryptedAttribute : System.Attribute { }

            public class Patient
            {
                public int Id { get; set; }
                public string IdNumber { get; set; } = "";
                public string? Diagnosis { get; set; }
                [ProtectedPersonalData] public string PassportNumber { get; set; } = "";
                [Encrypted] public string BankCardNumber { get; set; } = "";
                [NotMapped] public string? Religion { get; set; }
                public string? Allergies { get; set; }
                public double Latitude { get; set; }
            }

            public class PatientConfiguration : IEntityTypeConfiguration<Patient>
            {
                public void Configure(EntityTypeBuilder<Patient> builder)
                {
                    builder.Property(p => p.Diagnosis).IsRequired(false).HasConversion(v => Cipher.Seal(v), v => Cipher.Open(v));
                    builder.Ignore(p => p.Latitude);
                }
            }

            public static class Cipher
            {
                public static string? Seal(string? v) => v;
                public static string? Open(string? v) => v;
            }

            public class ClinicDbContext : DbContext
            {
                public DbSet<Patient> Patients { get; set; } = null!;

                protected override void OnModelCreating(ModelBuilder modelBuilder)
                {
                    modelBuilder.Entity<Patient>().Property(p => p.IdNumber).HasConversion(v => Cipher.Seal(v)!, v => Cipher.Open(v)!);
                    modelBuilder.Entity<Patient>().Property<string>("Allergies").HasConversion<byte[]>();
                    modelBuilder.ApplyConfiguration(new PatientConfiguration());
                }
            }
            """);
    }

    [Fact]
    public async Task ConventionConversionForAllStrings_CoversStringProperties()
    {
        await Verify.VerifyAsync("""
            using Microsoft.EntityFrameworkCore;
            using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

            public class Patient
            {
                public int Id { get; set; }
                public string IdNumber { get; set; } = "";
                public double {|AIREG103:Longitude|} { get; set; }
            }

            public sealed class SealingConverter : ValueConverter<string, string>
            {
                public SealingConverter() : base(v => v, v => v) { }
            }

            public class ClinicDbContext : DbContext
            {
                public DbSet<Patient> Patients => Set<Patient>();

                protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
                {
                    configurationBuilder.Properties<string>().HaveConversion<SealingConverter>();
                }
            }
            """);
    }

    [Fact]
    public async Task TypesOutsideAnyDbContext_AreNotFlagged()
    {
        await Verify.VerifyAsync("""
            public class PatientDto
            {
                public string IdNumber { get; set; } = "";
                public string? Diagnosis { get; set; }
            }
            """);
    }

    [Fact]
    public async Task ProtectionAttributesOption_ChangesTheOutcome()
    {
        const string source = """
            using Microsoft.EntityFrameworkCore;

            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class SealedColumnAttribute : System.Attribute { }

            public class Patient
            {
                public int Id { get; set; }
                [SealedColumn] public string {|#0:IdNumber|} { get; set; } = "";
            }

            public class ClinicDbContext : DbContext
            {
                public DbSet<Patient> Patients => Set<Patient>();
            }
            """;
        await Verify.VerifyAsync(source, Verify.Diagnostic("AIREG103").WithLocation(0));
        await Verify.VerifyAsync(source, "aireg.AIREG103.protection_attributes = SealedColumn\n");
        await Verify.VerifyAsync(source, "aireg.AIREG103.excluded_names = IdNumber\n");
    }

    [Fact]
    public async Task MessageNamesThePropertyAndTheContext()
    {
        await Verify.VerifyAsync(
            """
            public class Patient
            {
                public int Id { get; set; }
                public string {|#0:IdNumber|} { get; set; } = "";
            }

            public class ClinicDbContext : Microsoft.EntityFrameworkCore.DbContext
            {
                public Microsoft.EntityFrameworkCore.DbSet<Patient> Patients => Set<Patient>();
            }
            """,
            Verify.Diagnostic("AIREG103").WithLocation(0)
                .WithArguments("Patient.IdNumber", "identity data, sensitive under PIPL Art. 28", "ClinicDbContext"));
    }

    // The rule reports at the end of the compilation on members no callback analysed, and decides itself, as the
    // driver's filter would, which of them are generated code.
    private const string ClinicContext = """
        using Microsoft.EntityFrameworkCore;
        public class ClinicDbContext : DbContext
        {
            public DbSet<Patient> Patients => Set<Patient>();
            public DbSet<Visit> Visits => Set<Visit>();
        }
        """;

    private const string Visit = """
        public class Visit
        {
            public int Id { get; set; }
            public string? {|AIREG103:Symptoms|} { get; set; }
        }
        """;

    private static Task VerifyFilesAsync(string? editorConfig, params (string Path, string Source)[] files)
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(("/ClinicDbContext.cs", ClinicContext));
        test.TestState.Sources.Add(("/Visit.cs", Visit));
        foreach (var file in files)
        {
            test.TestState.Sources.Add(file);
        }

        test.Configure(editorConfig: null);
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n" + editorConfig));
        }

        return test.RunAsync();
    }

    [Theory]
    [InlineData("/Scaffolded/Patient.g.cs")]
    [InlineData("/Scaffolded/Patient.Designer.cs")]
    [InlineData("/Scaffolded/Patient.generated.cs")]
    [InlineData("/Scaffolded/TemporaryGeneratedFile_Patient.cs")]
    public async Task Entity_in_a_file_named_as_generated_is_not_reported(string path)
    {
        await VerifyFilesAsync(null, (path, "public class Patient { public int Id { get; set; } public string IdNumber { get; set; } = \"\"; }"));
    }

    [Fact]
    public async Task The_generated_code_option_decides_before_the_file_name()
    {
        await VerifyFilesAsync(
            "[Scaffolded/**.cs]\ngenerated_code = true\n\n[Mapped/**.cs]\ngenerated_code = false\n",
            ("/Scaffolded/Patient.cs", "public class Patient { public int Id { get; set; } public string IdNumber { get; set; } = \"\"; }"),
            ("/Mapped/Visit.g.cs", "public class Visit2 { public int Id { get; set; } public string? {|AIREG103:Diagnosis|} { get; set; } }"),
            ("/Mapped/Context2.cs", "public class Context2 : Microsoft.EntityFrameworkCore.DbContext { public Microsoft.EntityFrameworkCore.DbSet<Visit2> Visits => Set<Visit2>(); }"));
    }

    [Fact]
    public async Task Entity_under_a_line_hidden_directive_is_not_reported()
    {
        await VerifyFilesAsync(null, ("/Patient.cs", """
            public class Patient
            {
                public int Id { get; set; }
                public string {|AIREG103:IdNumber|} { get; set; } = "";
            #line hidden
                public string? Diagnosis { get; set; }
            #line default
            }
            """));
    }

    [Fact]
    public async Task Entity_or_member_marked_GeneratedCode_is_not_reported_a_partial_type_marked_on_one_part_is()
    {
        await VerifyFilesAsync(
            null,
            ("/Patient.cs", """
                [System.CodeDom.Compiler.GeneratedCode("scaffold", "1.0")]
                public class Patient
                {
                    public int Id { get; set; }
                    public string IdNumber { get; set; } = "";
                    public Record Record { get; set; } = new();
                }
                """),
            ("/Record.cs", """
                public class Record
                {
                    public int Id { get; set; }
                    [System.CodeDom.Compiler.GeneratedCode("scaffold", "1.0")]
                    public string? Diagnosis { get; set; }
                    public string? {|AIREG103:Symptoms|} { get; set; }
                    public Outer.Inner Inner { get; set; } = new();
                    public Split Split { get; set; } = new();
                }

                [System.CodeDom.Compiler.GeneratedCode("scaffold", "1.0")]
                public class Outer
                {
                    public partial class Inner { public int Id { get; set; } public string? Symptoms { get; set; } }
                }
                """),
            ("/Split.Part1.cs", """
                [System.CodeDom.Compiler.GeneratedCode("scaffold", "1.0")]
                public partial class Split { public int Id { get; set; } public string {|AIREG103:IdNumber|} { get; set; } = ""; }
                """),
            ("/Split.Part2.cs", "public partial class Split { public double? {|AIREG103:Latitude|} { get; set; } }"));
    }
}
