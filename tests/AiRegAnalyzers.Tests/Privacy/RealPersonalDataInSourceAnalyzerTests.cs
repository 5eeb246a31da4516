using System;
using System.Linq;
using System.Threading.Tasks;
using AiRegAnalyzers.PersonalData;
using AiRegAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Xunit;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Privacy.RealPersonalDataInSourceAnalyzer>;

namespace AiRegAnalyzers.Tests.Privacy;

public class RealPersonalDataInSourceAnalyzerTests
{
    private const string Flagged = """
        using System.Collections.Generic;
        class SeedData
        {
            const string AdminIdNumber = {|AIREG106:"110101199003074573"|};
            static readonly string[] Ids = [{|AIREG106:"32010219880615106X"|}, {|AIREG106:"440306198512310022"|}];
            string Phone = {|AIREG106:"13912876543"|};
            string Intl = {|AIREG106:"+86 139 1287 6543"|};
            string Dashed = {|AIREG106:"139-1287-6543"|};
            string Card = {|AIREG106:"6222021001123456789"|};
            string Visa = {|AIREG106:"4532 0151 1283 0366"|};
            string Mail = {|AIREG106:"zhang.wei@163.com"|};
            string Note = $"{|AIREG106:Call Li Na at 13912876543 about |}{Name()}";
            byte[] Raw = {|AIREG106:"wang.fang@qq.com"u8|}.ToArray();
            string Verbatim = {|AIREG106:@"身份证：110101199003074573"|};

            [System.ComponentModel.Description({|AIREG106:"Contact chen.jie@outlook.com"|})]
            static string Name() => "";
        }
        """;

    [Fact]
    public async Task RealLookingPersonalData_IsFlagged()
    {
        await Verify.VerifyAsync(Flagged);
    }

    [Fact]
    public async Task PlaceholdersAndNumbersFailingTheirChecks_AreNotFlagged()
    {
        await Verify.VerifyAsync("""
            class Samples
            {
                string[] Values =
                [
                    "110101199003074570",      // wrong check digit
                    "110101199013074573",      // month 13
                    "990101199003074573",      // no such province
                    "+1-800-555-5555",         // a North American number: eleven digits starting 18, after +1
                    "1 800 555 5555",          // the same, grouped 1-3-3-4 rather than 3-4-4
                    "+44 139 1287 6543",       // another country's code
                    "13800138000",             // China Mobile's test number
                    "13812345678",             // counting filler
                    "13800000000",             // zero filler
                    "12912876543",             // no mobile network uses 129
                    "4111111111111111",        // published test card
                    "4242424242424242",
                    "6222021001123456780",     // fails Luhn
                    "1234567890123456",
                    "user@example.com",
                    "doctor@clinic.example.org",
                    "someone@hospital.test",
                    "patient@invalid.invalid",
                    "noreply@clinic.cn",
                    "support@company.cn",
                    "git@github.com:org/repo.git",
                    "@angular/core@17.0.1",
                    "sha256-9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                    "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                    "order-202405011234567890",
                    "v13912876543",
                    "1700000000000",
                ];
            }
            """);
    }

    [Fact]
    public async Task SeedDataMailboxesMadeOfRoleWords_AreNotFlagged_PeoplesMailboxesAre()
    {
        await Verify.VerifyAsync("""
            class Seed
            {
                string[] Values =
                [
                    "vendor1email@gmail.com",
                    "affiliate_email@gmail.com",
                    "builtin@anonymous-shop.com",
                    "customer.2@shop.cn",
                    "store-owner@mall.cn",
                ];

                string Person = {|AIREG106:"li.na1987@gmail.com"|};
                string Qq = {|AIREG106:"80452913@qq.com"|};
            }
            """);
    }

    [Fact]
    public void RandomDigitStrings_ThatFailTheChecks_GiveNoDiagnostic()
    {
        var random = new Random(20240501);
        var flagged = 0;
        for (var n = 0; n < 20000; n++)
        {
            var length = random.Next(11, 20);
            var digits = new char[length];
            for (var k = 0; k < length; k++)
            {
                digits[k] = (char)('0' + random.Next(10));
            }

            var text = new string(digits);
            var kind = PersonalDataLiterals.Find(text);
            if (kind == LiteralKind.None)
            {
                continue;
            }

            // Anything reported must pass the check for its kind.
            var valid = kind switch
            {
                LiteralKind.ResidentIdNumber => length == 18 && PersonalDataLiterals.IsResidentIdNumber(digits, lastIsX: false),
                LiteralKind.MobileNumber => (length == 11 && PersonalDataLiterals.IsMobileNumber(digits, 0)) || (length == 13 && PersonalDataLiterals.IsMobileNumber(digits, 2)),
                LiteralKind.BankCardNumber => length >= 13 && PersonalDataLiterals.IsCardNumber(digits, length),
                _ => false,
            };
            Assert.True(valid, $"{text} reported as {kind} without passing its check");
            flagged++;
        }

        // Only a small share of random strings happens to pass a check (mostly 11-digit mobile shapes and Luhn).
        Assert.InRange(flagged, 0, 20000 / 5);
    }

    [Fact]
    public async Task TestProjects_AreSkipped_UnlessIncluded()
    {
        var source = Flagged.Replace("{|AIREG106:", string.Empty).Replace("|}", string.Empty);
        await RunAsync(source, assemblyName: "Clinic.Tests", editorConfig: null);
        await RunAsync(source, assemblyName: "Clinic.Api", editorConfig: null, referenceTestFramework: true);
        await RunAsync(Flagged, assemblyName: "Clinic.Tests", editorConfig: "aireg.AIREG106.include_tests = true\n");
    }

    [Fact]
    public async Task MessageNamesTheKind()
    {
        await Verify.VerifyAsync(
            """
            class C
            {
                string Id = {|#0:"110101199003074573"|};
                string Mail = {|#1:"zhang.wei@163.com"|};
            }
            """,
            Verify.Diagnostic("AIREG106").WithLocation(0).WithArguments("PRC resident identity number"),
            Verify.Diagnostic("AIREG106").WithLocation(1).WithArguments("e-mail address"));
    }

    private static Task RunAsync(string source, string assemblyName, string? editorConfig, bool referenceTestFramework = false)
    {
        var test = new Verify.Test { TestCode = source };
        test.Configure(editorConfig);
        if (referenceTestFramework)
        {
            test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location));
        }

        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectAssemblyName(projectId, assemblyName));
        return test.RunAsync();
    }
}
