using System.Threading.Tasks;
using Xunit;
using Verify201 = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.AI.PersonalDataSentToAiModelAnalyzer>;

namespace AiRegAnalyzers.Tests.AI;

/// <summary>Which methods are tools is decided from syntax first (attribute names, factories named in the file): the spellings that must still count.</summary>
public class ToolDetectionTests
{
    private const string People = """

        namespace People
        {
            public sealed class Person
            {
                public string Email { get; set; } = "";
                public string City { get; set; } = "";
            }

            public interface IDirectory
            {
                Person Find(int id);
            }
        }
        """;

    [Fact]
    public async Task KernelFunction_Written_Qualified_Or_With_Its_Suffix_Is_A_Tool()
    {
        var source = """
            using People;

            public sealed class DirectoryPlugin(IDirectory directory)
            {
                [Microsoft.SemanticKernel.KernelFunction("email")]
                public string Email(int id) => {|AIREG201:directory.Find(id).Email|};

                [global::Microsoft.SemanticKernel.KernelFunctionAttribute]
                public string Mail(int id) => {|AIREG201:directory.Find(id).Email|};

                [System.ComponentModel.Description("city")]
                public string City(int id) => directory.Find(id).Email;
            }
            """ + People;
        await Verify201.VerifyAsync(source);
    }

    [Fact]
    public async Task Factory_Registration_Counts_Also_Through_A_Local_Kernel_Call()
    {
        var source = """
            using Microsoft.SemanticKernel;
            using People;

            public sealed class Registrar(IDirectory directory)
            {
                public KernelFunction Register(Kernel kernel) => kernel.CreateFunctionFromMethod(Lookup, "lookup");

                private string Lookup(int id) => {|AIREG201:directory.Find(id).Email|};
            }
            """ + People;
        await Verify201.VerifyAsync(source);
    }

    [Fact]
    public async Task A_Create_Call_That_Is_No_Tool_Factory_Registers_No_Tool()
    {
        var source = """
            using System;
            using People;

            public static class Pipeline
            {
                public static Func<int, string> Create(Func<int, string> step) => step;
            }

            public sealed class Steps(IDirectory directory)
            {
                public Func<int, string> Build() => Pipeline.Create(Lookup);

                private string Lookup(int id) => directory.Find(id).Email;
            }
            """ + People;
        await Verify201.VerifyAsync(source);
    }
}
