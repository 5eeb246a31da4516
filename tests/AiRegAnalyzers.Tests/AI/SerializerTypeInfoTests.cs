using System.Threading.Tasks;
using Xunit;
using Verify201 = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.AI.PersonalDataSentToAiModelAnalyzer>;

namespace AiRegAnalyzers.Tests.AI;

/// <summary>
/// System.Text.Json with source-generated type information: <c>Serialize(value, JsonTypeInfo&lt;T&gt;)</c>
/// writes the members of T, so T decides when the value's own type says nothing (object, a package type
/// the compilation cannot resolve).
/// </summary>
public class SerializerTypeInfoTests
{
    private const string Shapes = """

        namespace Shop
        {
            public sealed record ShopperView(System.Guid Id, string? GivenName, string? FamilyName, string Remark);

            public sealed record ScoreView(System.Guid Id, int Stars, string Remark);
        }
        """;

    /// <summary>A tool class: <c>Shoppers()</c> is always a tool, <c>Other()</c> only when <paramref name="otherIsTool"/>.</summary>
    private static string Tools(string parameters, string shoppers, string other, bool otherIsTool = true) => $$"""
        using System.Collections.Generic;
        using System.Text.Json;
        using System.Text.Json.Serialization.Metadata;
        using Microsoft.Extensions.AI;
        using Shop;

        public sealed class ShopperTools({{parameters}})
        {
            public string Shoppers() => {{shoppers}};

            public string Other() => {{other}};

            public IEnumerable<AITool> AsTools()
            {
                yield return AIFunctionFactory.Create(Shoppers);
                {{(otherIsTool ? "yield return AIFunctionFactory.Create(Other);" : "")}}
            }
        }
        """ + Shapes;

    [Fact]
    public Task Object_Written_With_The_TypeInfo_Of_A_Record_With_Names_IsFlagged_Of_Scores_IsNot() => Verify201.VerifyAsync(Tools(
        "object cached, JsonTypeInfo<List<ShopperView>> shoppers, JsonTypeInfo<List<ScoreView>> scores",
        "{|AIREG201:JsonSerializer.Serialize(cached, shoppers)|}",
        "JsonSerializer.Serialize(cached, scores)"));

    [Fact]
    public Task Unresolved_Value_Written_With_A_Typed_TypeInfo_IsFlagged_By_The_Type_Argument() => Verify201.VerifyAsync(Tools(
        "{|CS0246:IRemoteApi|} api, JsonTypeInfo<IReadOnlyList<ShopperView>> shoppers, JsonTypeInfo<IReadOnlyList<ScoreView>> scores",
        "{|AIREG201:JsonSerializer.Serialize(api.Shoppers().Content, shoppers)|}",
        "JsonSerializer.Serialize(api.Scores().Content, scores)"));

    [Fact]
    public Task Explicit_Type_Argument_Of_A_Record_With_Names_IsFlagged_In_A_Tool_Not_Outside_One() => Verify201.VerifyAsync(Tools(
        "object cached",
        "{|AIREG201:JsonSerializer.Serialize<ShopperView>((ShopperView)cached)|}",
        "JsonSerializer.Serialize<ShopperView>((ShopperView)cached)",
        otherIsTool: false));
}
