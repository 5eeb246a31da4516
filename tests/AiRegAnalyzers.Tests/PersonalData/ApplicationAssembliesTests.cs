using System;
using System.IO;
using System.Threading.Tasks;
using AiRegAnalyzers.PersonalData;
using AiRegAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Privacy.PersonalDataInLogAnalyzer>;

namespace AiRegAnalyzers.Tests.PersonalData;

/// <summary>
/// Names classify the application's own symbols, also those of the other projects of the solution that
/// reach the compilation as references; framework and package members need an attribute or the catalogue.
/// </summary>
public class ApplicationAssembliesTests
{
    private const string Entity = """
        namespace Shop.Domain;

        public class Customer
        {
            public string Email { get; set; } = "";
            public string PhoneNumber { get; set; } = "";
        }
        """;

    private const string UsesEntity = """
        using Microsoft.Extensions.Logging;
        using Shop.Domain;

        class C
        {
            void M(ILogger logger, Customer customer) => logger.LogInformation("{A} {B}", {|AIREG101:customer.Email|}, {|AIREG101:customer.PhoneNumber|});
        }
        """;

    private const string UsesEntityUnflagged = """
        using Microsoft.Extensions.Logging;
        using Shop.Domain;

        class C
        {
            void M(ILogger logger, Customer customer) => logger.LogInformation("{A} {B}", customer.Email, customer.PhoneNumber);
        }
        """;

    [Fact]
    public async Task AProjectReference_IsTheApplicationsOwn()
    {
        await VerifyWithReference(UsesEntity, Compile("Domain").ToMetadataReference());
    }

    [Fact]
    public async Task AnInMemoryImage_OfAnotherProject_IsTheApplicationsOwn()
    {
        await VerifyWithReference(UsesEntity, MetadataReference.CreateFromImage(Emit(Compile("Domain"))));
    }

    [Fact]
    public async Task ACommandLineProjectReference_IsTheApplicationsOwn()
    {
        // dotnet build passes a project reference as its reference assembly under obj/.
        var path = WriteAt(Path.Combine("src", "Shop.Domain", "obj", "Debug", "net10.0", "ref"), "Domain", Emit(Compile("Domain")));
        await VerifyWithReference(UsesEntity, MetadataReference.CreateFromFile(path));
    }

    [Fact]
    public async Task APackageAssembly_IsALibrary_ItsNamesDoNotClassify()
    {
        var path = WriteAt(Path.Combine("packages", "shop.domain", "2.1.0", "lib", "net8.0"), "Domain", Emit(Compile("Domain")));
        await VerifyWithReference(UsesEntityUnflagged, MetadataReference.CreateFromFile(path));
    }

    [Fact]
    public async Task AnAssemblyNamedInTheOption_IsTheApplicationsOwn_EvenFromAPackageFolder()
    {
        var path = WriteAt(Path.Combine("packages", "shop.domain", "2.1.0", "lib", "net8.0"), "Domain", Emit(Compile("Domain")));
        var test = new AnalyzerVerifier<AiRegAnalyzers.Privacy.PersonalDataInLogAnalyzer>.Test { TestCode = UsesEntity };
        test.Configure(editorConfig: null);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\naireg.application_assemblies = Dom*\n"));
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(path));
        await test.RunAsync();
    }

    [Fact]
    public async Task AMemberOfARealPackage_IsNotClassifiedByItsName()
    {
        // NLog's LogEventInfo.CallerMemberName reads as "member name"; it is the logging call site.
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            class C
            {
                void M(ILogger logger, NLog.LogEventInfo info, string memberName) =>
                    logger.LogInformation("{A} {B} {C}", info.CallerMemberName, info.LoggerName, {|AIREG101:memberName|});
            }
            """);
    }

    [Theory]
    [InlineData("/home/dev/.nuget/packages/newtonsoft.json/13.0.3/lib/net6.0/Newtonsoft.Json.dll", true)]
    [InlineData(@"C:\Users\dev\.nuget\packages\serilog\4.0.0\lib\net8.0\Serilog.dll", true)]
    [InlineData("/usr/share/dotnet/packs/Microsoft.NETCore.App.Ref/8.0.0/ref/net8.0/System.Runtime.dll", true)]
    [InlineData(@"D:\nuget-cache\humanizer.core\2.14.1\lib\netstandard2.0\Humanizer.dll", true)]
    [InlineData("/src/shop/Shop.Domain/obj/Debug/net8.0/ref/Shop.Domain.dll", false)]
    [InlineData(@"C:\src\shop\Shop.Domain\bin\Release\net8.0\Shop.Domain.dll", false)]
    [InlineData("/src/shop/lib/Legacy.Domain.dll", false)]
    public void PackageFolders_AreRecognisedByTheirLayout(string path, bool isPackage)
    {
        Assert.Equal(isPackage, ApplicationAssemblies.IsPackagePath(path));
    }

    private static async Task VerifyWithReference(string source, MetadataReference reference)
    {
        var test = new AnalyzerVerifier<AiRegAnalyzers.Privacy.PersonalDataInLogAnalyzer>.Test { TestCode = source };
        test.Configure(editorConfig: null);
        test.TestState.AdditionalReferences.Add(reference);
        await test.RunAsync();
    }

    private static CSharpCompilation Compile(string assemblyName) =>
        CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(Entity)],
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static byte[] Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        return stream.ToArray();
    }

    private static string WriteAt(string folder, string assemblyName, byte[] image)
    {
        var directory = Path.Combine(Path.GetTempPath(), "aireg-tests", Guid.NewGuid().ToString("N"), folder);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, assemblyName + ".dll");
        File.WriteAllBytes(path, image);
        return path;
    }
}
