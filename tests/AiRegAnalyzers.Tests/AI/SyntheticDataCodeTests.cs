using System.Threading.Tasks;
using AiRegAnalyzers.AI;
using Xunit;
using Verify201 = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.AI.PersonalDataSentToAiModelAnalyzer>;
using Verify203 = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.AI.AiContentInLogAnalyzer>;

namespace AiRegAnalyzers.Tests.AI;

/// <summary>Seed-data and test-data generators send invented records to models: not personal data (AIREG201), not a user's prompt (AIREG203).</summary>
public class SyntheticDataCodeTests
{
    private const string Model = """

        namespace Crm.Model
        {
            public sealed class Lead
            {
                public int Id { get; set; }
                public string FullName { get; set; } = "";
                public string Email { get; set; } = "";
                public string Notes { get; set; } = "";
            }
        }
        """;

    [Fact]
    public async Task Generators_And_Seeders_Do_Not_Send_Personal_Data()
    {
        var source = """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using Crm.Model;

            namespace Crm.DataGenerator
            {
                public abstract class StepBase(IChatClient chat)
                {
                    // The wrapper every step calls: inside the generator, so no step is a sink through it.
                    protected async Task<string> Complete(string prompt) => (await chat.GetResponseAsync(prompt)).Text;
                }

                public sealed class FollowUpStep(IChatClient chat) : StepBase(chat)
                {
                    public Task<string> Write(Lead lead) => Complete($"Write a follow-up mail to {lead.FullName} <{lead.Email}>");
                }
            }

            namespace Crm.Infrastructure.Seeding
            {
                public sealed class LeadNotes(IChatClient chat)
                {
                    public Task<ChatResponse> Invent(Lead lead) => chat.GetResponseAsync($"Invent call notes for {lead.FullName}");
                }
            }

            namespace Crm.Infrastructure
            {
                public sealed class FakeLeadFactory(IChatClient chat)
                {
                    public Task<ChatResponse> Describe(Lead lead) => chat.GetResponseAsync(lead.Email);
                }

                public sealed class TestDataBuilder(IChatClient chat)
                {
                    public Task<ChatResponse> Describe(Lead lead) => chat.GetResponseAsync(lead.FullName);
                }
            }
            """ + Model;
        await Verify201.VerifyAsync(source);
    }

    [Fact]
    public async Task Generator_In_A_Name_Alone_Is_Real_Code()
    {
        // A reply generator or a lead's data service sends real people's data: only names that say the data is made up count.
        var source = """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using Crm.Model;

            namespace Crm.Replies
            {
                public sealed class ReplyGenerator(IChatClient chat)
                {
                    public Task<ChatResponse> Draft(Lead lead) => chat.GetResponseAsync($"Reply to {{|AIREG201:lead.Email|}}");

                    public Task<ChatResponse> SeedHistory(Lead lead) => chat.GetResponseAsync({|AIREG201:lead.Email|});
                }
            }

            namespace Crm.DataServices
            {
                public sealed class LeadDataService(IChatClient chat)
                {
                    public Task<ChatResponse> Summarize(Lead lead) => chat.GetResponseAsync({|AIREG201:lead.Email|});
                }
            }
            """ + Model;
        await Verify201.VerifyAsync(source);
    }

    [Fact]
    public async Task Prompts_Of_A_Generator_Logged_Are_Not_A_Users_Prompt()
    {
        var source = """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Logging;

            namespace Crm.SampleData
            {
                public sealed class Tickets(IChatClient chat, ILogger<Tickets> logger)
                {
                    public async Task Make(string topic)
                    {
                        var prompt = $"Invent a support ticket about {topic}";
                        logger.LogInformation("Prompt: {Prompt}", prompt);
                        await chat.GetResponseAsync(prompt);
                    }
                }
            }

            namespace Crm.Support
            {
                public sealed class Tickets(IChatClient chat, ILogger<Tickets> logger)
                {
                    public async Task Answer(string question)
                    {
                        logger.LogInformation("Question: {Question}", {|AIREG203:question|});
                        await chat.GetResponseAsync(question);
                    }
                }
            }
            """;
        await Verify203.VerifyAsync(source);
    }

    [Theory]
    [InlineData("Shop.DataGenerator.Generators", true)]
    [InlineData("seeddata", true)]
    [InlineData("DbSeeder", true)]
    [InlineData("SyntheticTickets", true)]
    [InlineData("Crm.TestData", true)]
    [InlineData("DemoDataLoader", true)]
    [InlineData("TicketSummaryGenerator", false)]
    [InlineData("CustomerDataService", false)]
    [InlineData("Crm.Data.Reports", false)]
    [InlineData("TestProject", false)]
    public void Names_That_Say_The_Data_Is_Made_Up(string name, bool madeUp) =>
        Assert.Equal(madeUp, SyntheticDataCode.NameSaysSo(name));
}
