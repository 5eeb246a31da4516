using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using AiRegAnalyzers.AI;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace AiRegAnalyzers.Tests.AI;

/// <summary>
/// AIREG204 on .NET Framework, where SoapFormatter, NetDataContractSerializer, LosFormatter and
/// ObjectStateFormatter still exist: compiled against the real .NET Framework 4.6.2 reference
/// assemblies restored with the test project (nothing is downloaded at test time).
/// </summary>
public class UnsafeDeserializerNetFrameworkTests
{
    private static readonly string[] Assemblies =
        ["mscorlib.dll", "System.dll", "System.Core.dll", "System.Xml.dll", "System.Runtime.Serialization.dll", "System.Runtime.Serialization.Formatters.Soap.dll", "System.Web.dll"];

    [Fact]
    public async Task Every_Formatter_IsFlagged()
    {
        var source = """
            using System.IO;
            using System.Runtime.Serialization;
            using System.Runtime.Serialization.Formatters.Binary;
            using System.Runtime.Serialization.Formatters.Soap;
            using System.Web.UI;

            public static class LegacyModelStore
            {
                public static object Load(Stream stream, string viewState)
                {
                    object a = {|AIREG204:new BinaryFormatter()|}.Deserialize(stream);
                    object b = {|AIREG204:new SoapFormatter()|}.Deserialize(stream);
                    object c = {|AIREG204:new NetDataContractSerializer()|}.ReadObject(stream);
                    object d = {|AIREG204:new LosFormatter()|}.Deserialize(viewState);
                    object e = {|AIREG204:new ObjectStateFormatter()|}.Deserialize(viewState);
                    object f = new DataContractSerializer(typeof(string)).ReadObject(stream);
                    return a ?? b ?? c ?? d ?? e ?? f;
                }
            }
            """;
        var test = new Verifiers.AnalyzerVerifier<UnsafeDeserializerAnalyzer>.Test
        {
            TestCode = source,
            ReferenceAssemblies = new ReferenceAssemblies("net462"),
        };
        var folder = typeof(UnsafeDeserializerNetFrameworkTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Net462ReferenceAssemblies").Value!;
        test.TestState.AdditionalReferences.AddRange(Assemblies.Select(name => MetadataReference.CreateFromFile(Path.Combine(folder, name))));
        await test.RunAsync();
    }
}
