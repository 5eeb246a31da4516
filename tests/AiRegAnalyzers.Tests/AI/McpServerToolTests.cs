using System.Threading.Tasks;
using Xunit;
using Verify201 = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.AI.PersonalDataSentToAiModelAnalyzer>;
using Verify203 = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.AI.AiContentInLogAnalyzer>;

namespace AiRegAnalyzers.Tests.AI;

/// <summary>Model Context Protocol server tools (<c>[McpServerTool]</c>, ModelContextProtocol.Core): their results go to the calling client's model, their arguments come from it.</summary>
public class McpServerToolTests
{
    private const string Members = """

        namespace Club
        {
            public sealed class Member
            {
                public int Id { get; set; }
                public string FullName { get; set; } = "";
                public string PhoneNumber { get; set; } = "";
                public string Level { get; set; } = "";
            }

            public interface IMembers
            {
                Member Find(int id);
            }
        }
        """;

    [Fact]
    public async Task McpServerTool_Results_WithPersonalData_AreFlagged_Other_Results_And_Methods_AreNot()
    {
        var source = """
            using System.ComponentModel;
            using ModelContextProtocol.Server;
            using Club;

            [McpServerToolType]
            public sealed class MemberTools(IMembers members)
            {
                [McpServerTool(Name = "member_contact"), Description("How to reach a member")]
                public string GetContact(int id) => $"Call {{|AIREG201:members.Find(id).PhoneNumber|}}";

                [McpServerTool(Name = "member_level")]
                public string GetLevel(int id) => $"Level {members.Find(id).Level}";

                public string NotATool(int id) => members.Find(id).PhoneNumber;
            }
            """ + Members;
        await Verify201.VerifyAsync(source);
    }

    [Fact]
    public async Task Records_With_Names_Serialized_By_A_Tool_AreFlagged_Ratings_AreNot()
    {
        var source = """
            using System.Collections.Generic;
            using System.Linq;
            using System.Text.Json;
            using Microsoft.Extensions.AI;
            using ModelContextProtocol.Server;

            public sealed record ReviewDto(int Id, string? FirstName, string? LastName, string? Comment, int Rating);

            public interface IReviews
            {
                List<ReviewDto> List(int bookId);
            }

            public sealed class ReviewTools(IReviews reviews)
            {
                public string GetReviews(int bookId) => {|AIREG201:JsonSerializer.Serialize(reviews.List(bookId))|};

                public string GetAverage(int bookId) => JsonSerializer.Serialize(reviews.List(bookId).Average(r => r.Rating));

                public IEnumerable<AITool> AsTools()
                {
                    yield return AIFunctionFactory.Create(GetReviews);
                    yield return AIFunctionFactory.Create(GetAverage);
                }
            }

            [McpServerToolType]
            public sealed class ReviewServerTools(IReviews reviews)
            {
                [McpServerTool(Name = "get_book_reviews")]
                public string GetBookReviews(int bookId) => {|AIREG201:JsonSerializer.Serialize(reviews.List(bookId))|};
            }
            """;
        await Verify201.VerifyAsync(source);
    }

    [Fact]
    public async Task McpServerTool_Arguments_Logged_AreFlagged_Outside_A_Tool_AreNot()
    {
        var source = """
            using Microsoft.Extensions.Logging;
            using ModelContextProtocol.Server;

            [McpServerToolType]
            public sealed class SearchTools(ILogger<SearchTools> logger)
            {
                [McpServerTool(Name = "search_catalog")]
                public string Search(string query, int limit)
                {
                    logger.LogInformation("Searching {Query}, {Limit} results", {|AIREG203:query|}, limit);
                    return "none";
                }

                public void Plain(string query) => logger.LogInformation("Plain {Query}", query);
            }
            """;
        await Verify203.VerifyAsync(source);
    }
}
