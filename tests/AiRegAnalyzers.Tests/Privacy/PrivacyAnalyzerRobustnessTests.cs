using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using AiRegAnalyzers.Privacy;
using AiRegAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace AiRegAnalyzers.Tests.Privacy;

/// <summary>AIREG102 to AIREG106 never throw (AD0001) on half-typed or broken code.</summary>
public class PrivacyAnalyzerRobustnessTests
{
    public static TheoryData<string> BrokenSources => new()
    {
        "class C { void M(System.Net.Http.HttpClient http, string email) { http.GetAsync($\"/x?e={email\"",
        "class C { void M(string idNumber) { throw new System.InvalidOperationException(\"x\" + idNumber + ); } }",
        "class C { void M() { throw new Undefined($\"{idNumber}\"); } }",
        "class C { void M(string phone) { System.IO.File.WriteAllText(, phone); new System.IO.StreamWriter(path).Write(phone) } }",
        "class Patient { public string IdNumber { get; set; } } class Db : Microsoft.EntityFrameworkCore.DbContext { public Microsoft.EntityFrameworkCore.DbSet<Patient> P => Set<; " +
            "protected override void OnModelCreating(Microsoft.EntityFrameworkCore.ModelBuilder b) { b.Entity<Patient>().Property(p => p.).HasConversion(); b.Entity<>().Ignore(\"\"); } }",
        "class Db : Microsoft.EntityFrameworkCore.DbContext { public Microsoft.EntityFrameworkCore.DbSet<Missing> M { get; set; } }",
        "class C { string s = \"13912876543\u0000\"; string t = \"@\"; string u = \"@@@.\"; string v = \"a@b.\"; string w = \"110101199003074573X1\"; string x = \"\"\"\n 4532 0151 1283 0366\n \"\"\"; }",
        "class C { string s = $\"{",
        "class C { void M(Microsoft.AspNetCore.Http.HttpResponse r, string email) { r.Cookies.Append(\"e\", email, ); r.Redirect(; } }",
    };

    [Theory]
    [MemberData(nameof(BrokenSources))]
    public async Task NoAnalyzerExceptions(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Broken",
            [CSharpSyntaxTree.ParseText(source)],
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        ImmutableArray<DiagnosticAnalyzer> analyzers =
        [
            new PersonalDataStoredUnencryptedAnalyzer(),
            new SensitiveDataPersistedInClearTextAnalyzer(),
            new PersonalDataInUrlAnalyzer(),
            new PersonalDataInExceptionMessageAnalyzer(),
            new RealPersonalDataInSourceAnalyzer(),
        ];
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAllDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }
}
