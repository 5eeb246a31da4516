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

    [Fact]
    public async Task Object_Written_With_The_TypeInfo_Of_A_Record_With_Names_IsFlagged_Of_Scores_IsNot()
    {
        var source = """
            using System.Collections.Generic;
            using System.Text.Json;
            using System.Text.Json.Serialization.Metadata;
            using Microsoft.Extensions.AI;
            using Shop;

            public sealed class ShopperTools(object cached, JsonTypeInfo<List<ShopperView>> shoppers, JsonTypeInfo<List<ScoreView>> scores)
            {
                public string ListShoppers() => {|AIREG201:JsonSerializer.Serialize(cached, shoppers)|};

                public string ListScores() => JsonSerializer.Serialize(cached, scores);

                public IEnumerable<AITool> AsTools()
                {
                    yield return AIFunctionFactory.Create(ListShoppers);
                    yield return AIFunctionFactory.Create(ListScores);
                }
            }
            """ + Shapes;
        await Verify201.VerifyAsync(source);
    }

    [Fact]
    public async Task Unresolved_Value_Written_With_A_Typed_TypeInfo_IsFlagged_By_The_Type_Argument()
    {
        var source = """
            using System.Collections.Generic;
            using System.Text.Json;
            using System.Text.Json.Serialization.Metadata;
            using Microsoft.Extensions.AI;
            using Shop;

            public sealed class ShopperTools({|CS0246:IRemoteApi|} api, JsonTypeInfo<IReadOnlyList<ShopperView>> shoppers, JsonTypeInfo<IReadOnlyList<ScoreView>> scores)
            {
                public string Shoppers() => {|AIREG201:JsonSerializer.Serialize(api.Shoppers().Content, shoppers)|};

                public string Scores() => JsonSerializer.Serialize(api.Scores().Content, scores);

                public IEnumerable<AITool> AsTools()
                {
                    yield return AIFunctionFactory.Create(Shoppers);
                    yield return AIFunctionFactory.Create(Scores);
                }
            }
            """ + Shapes;
        await Verify201.VerifyAsync(source);
    }

    [Fact]
    public async Task Explicit_Type_Argument_Decides_For_An_Object_Value_Outside_A_Tool_Nothing_IsFlagged()
    {
        var source = """
            using System.Collections.Generic;
            using System.Text.Json;
            using Microsoft.Extensions.AI;
            using Shop;

            public sealed class ShopperTools(object cached)
            {
                public string Shopper() => {|AIREG201:JsonSerializer.Serialize<ShopperView>((ShopperView)cached)|};

                public string NotATool() => JsonSerializer.Serialize<ShopperView>((ShopperView)cached);

                public IEnumerable<AITool> AsTools()
                {
                    yield return AIFunctionFactory.Create(Shopper);
                }
            }
            """ + Shapes;
        await Verify201.VerifyAsync(source);
    }
}
