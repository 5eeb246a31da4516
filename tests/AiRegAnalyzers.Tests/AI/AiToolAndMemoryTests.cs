using System.Threading.Tasks;
using AiRegAnalyzers.CodeFixes.AI;
using Xunit;
using Fix201 = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<
    AiRegAnalyzers.AI.PersonalDataSentToAiModelAnalyzer,
    AiRegAnalyzers.CodeFixes.Common.LogAndPromptValueCodeFixProvider>;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.AI.PersonalDataSentToAiModelAnalyzer>;

namespace AiRegAnalyzers.Tests.AI;

/// <summary>AIREG201 where real AI code sends personal data: tool results, and what memories and vector stores keep.</summary>
public class AiToolAndMemoryTests
{
    private const string Shop = """

        namespace Shop
        {
            public sealed class Customer
            {
                public int Id { get; set; }
                public string FullName { get; set; } = "";
                public string Email { get; set; } = "";
                public string PhoneNumber { get; set; } = "";
                public string Tier { get; set; } = "";
            }

            public sealed class Order
            {
                public int Id { get; set; }
                public string Status { get; set; } = "";
                public decimal Total { get; set; }
            }

            public sealed class Supplier(int id)
            {
                public int Id { get; } = id;
                public string CompanyName { get; set; } = "";
                public string PhoneNumber { get; set; } = "";
                public string Email { get; set; } = "";
            }

            public interface ICustomers
            {
                Customer Find(int id);
                Order LastOrder(int customerId);
            }

            public static class Pii
            {
                public static string Mask(string value) => new string('*', value.Length);
            }
        }
        """;

    private const string Redaction = "aireg.redaction_method = Shop.Pii.Mask\n";

    [Fact]
    public async Task KernelFunction_Results_WithPersonalData_AreFlagged()
    {
        var source = """
            using System.ComponentModel;
            using System.Threading.Tasks;
            using Microsoft.SemanticKernel;
            using Shop;

            public sealed class CustomerPlugin(ICustomers customers)
            {
                [KernelFunction, Description("Contact details of a customer")]
                public string GetContact(int id) => $"Call {{|AIREG201:customers.Find(id).PhoneNumber|}}";

                [KernelFunction("get_customer")]
                public async Task<Customer> GetCustomerAsync(int id)
                {
                    await Task.Yield();
                    return {|AIREG201:customers.Find(id)|};
                }

                [KernelFunction]
                public object GetProfile(int id)
                {
                    var customer = customers.Find(id);
                    return new { customer.Tier, Email = {|AIREG201:customer.Email|} };
                }
            }
            """ + Shop;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task KernelFunction_Message_Names_The_Function()
    {
        var source = """
            using Microsoft.SemanticKernel;
            using Shop;

            public sealed class CustomerPlugin(ICustomers customers)
            {
                [KernelFunction]
                public string GetEmail(int id) => customers.Find(id).Email;
            }
            """ + Shop;
        await Verify.VerifyAsync(source, Verify.Diagnostic("AIREG201").WithSpan(7, 39, 7, 63)
            .WithArguments("customers.Find(id).Email", " (contact details)", "tool CustomerPlugin.GetEmail", ""));
    }

    [Fact]
    public async Task Tool_Results_Without_PersonalData_And_Other_Methods_AreNotFlagged()
    {
        var source = """
            using System.Threading.Tasks;
            using Microsoft.SemanticKernel;
            using Shop;

            public sealed class OrderPlugin(ICustomers customers)
            {
                // What the model asked for and non-personal facts: the tool working as intended.
                [KernelFunction]
                public string OrderStatus(int customerId) => customers.LastOrder(customerId).Status;

                [KernelFunction]
                public Order LastOrder(int customerId) => customers.LastOrder(customerId);

                [KernelFunction]
                public string Echo(string question) => question;

                // A whole record of a company: its phone and e-mail are not a person's.
                [KernelFunction]
                public Supplier Supplier(int id) => new Supplier(id);

                // Not a tool: its result goes to the caller, not to a model.
                public string EmailOf(int id) => customers.Find(id).Email;

                [System.Obsolete]
                public string PhoneOf(int id) => customers.Find(id).PhoneNumber;
            }
            """ + Shop;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task ToolFactory_Lambdas_And_FunctionResults_AreFlagged()
    {
        var source = """
            using System.Collections.Generic;
            using Microsoft.Extensions.AI;
            using Microsoft.SemanticKernel;
            using Shop;

            public sealed class Tools(ICustomers customers)
            {
                public IList<AITool> Create() =>
                [
                    AIFunctionFactory.Create((int id) => new { customers.Find(id).Tier, Phone = {|AIREG201:customers.Find(id).PhoneNumber|} }, "lookup"),
                    AIFunctionFactory.Create((int id) => customers.LastOrder(id).Status, "status"),
                ];

                public KernelFunction Kernel() =>
                    KernelFunctionFactory.CreateFromMethod((int id) => {|AIREG201:customers.Find(id).Email|}, "email");

                public Microsoft.Extensions.AI.FunctionResultContent Result(string callId, int id) =>
                    new(callId, {|AIREG201:customers.Find(id)|});

                public System.Func<int, string> NotATool() => id => customers.Find(id).Email;
            }
            """ + Shop;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Methods_Registered_By_Method_Group_In_Their_Type_Are_Tools()
    {
        var source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using Shop;

            public sealed class CustomerTools(ICustomers customers)
            {
                public IEnumerable<AITool> GetTools()
                {
                    yield return AIFunctionFactory.Create(LookupAsync);
                    yield return AIFunctionFactory.Create(this.Status, "status");
                }

                private async Task<string> LookupAsync(int id)
                {
                    await Task.Yield();
                    return {|AIREG201:customers.Find(id).Email|};
                }

                private string Status(int id) => customers.LastOrder(id).Status;

                // Same shape, never registered: its result goes to the caller.
                private string Unregistered(int id) => customers.Find(id).Email;
            }
            """ + Shop;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task VectorStore_And_SemanticMemory_AreFlagged_As_Retained()
    {
        var source = """
            using System.Threading.Tasks;
            using Microsoft.Extensions.VectorData;
            using Microsoft.SemanticKernel.Memory;
            using Shop;

            public sealed class CustomerRecord
            {
                public string Key { get; set; } = "";
                public string FullName { get; set; } = "";
                public string Email { get; set; } = "";
            }

            public sealed class ProductRecord
            {
                public string Key { get; set; } = "";
                public string Description { get; set; } = "";
            }

            #pragma warning disable SKEXP0001
            public sealed class Indexer
            {
                public async Task Index(VectorStoreCollection<string, CustomerRecord> people, VectorStoreCollection<string, ProductRecord> products, ISemanticTextMemory memory, Customer customer, string productText)
                {
                    await people.UpsertAsync(new CustomerRecord { Key = "1", FullName = {|#0:customer.FullName|}, Email = {|#2:customer.Email|} });
                    await memory.SaveInformationAsync("customers", {|#1:customer.Email|}, id: "1");
                    await products.UpsertAsync(new ProductRecord { Key = "p", Description = productText });
                    await memory.SaveInformationAsync("products", productText, id: "p");
                }
            }
            """ + Shop;
        const string Retained = " (and stored in an AI memory or vector store, where it stays retained and searchable: PIPL Art. 19)";
        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("AIREG201").WithLocation(0)
                .WithArguments("customer.FullName", " (identity data)", "VectorStoreCollection.UpsertAsync", Retained),
            Verify.Diagnostic("AIREG201").WithLocation(2)
                .WithArguments("customer.Email", " (contact details)", "VectorStoreCollection.UpsertAsync", Retained),
            Verify.Diagnostic("AIREG201").WithLocation(1)
                .WithArguments("customer.Email", " (contact details)", "ISemanticTextMemory.SaveInformationAsync", Retained));
    }

    [Fact]
    public async Task VectorStore_Through_An_Own_Method_Keeps_The_Retention_Message()
    {
        var source = """
            using System.Threading.Tasks;
            using Microsoft.SemanticKernel.Memory;
            using Shop;

            #pragma warning disable SKEXP0001
            public sealed class Notes(ISemanticTextMemory memory)
            {
                private Task Remember(string text) => memory.SaveInformationAsync("notes", text, id: System.Guid.NewGuid().ToString());

                public Task Keep(Customer customer) => Remember({|#0:customer.PhoneNumber|});
            }
            """ + Shop;
        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("AIREG201").WithLocation(0).WithArguments(
                "customer.PhoneNumber", " (contact details)", "Remember",
                " (through ISemanticTextMemory.SaveInformationAsync) (and stored in an AI memory or vector store, where it stays retained and searchable: PIPL Art. 19)"));
    }

    [Fact]
    public async Task Redact_Wraps_Tool_Results()
    {
        await Fix201.VerifyFixAsync(
            """
            using Microsoft.SemanticKernel;
            using Shop;

            public sealed class CustomerPlugin(ICustomers customers)
            {
                [KernelFunction]
                public string GetEmail(int id) => {|AIREG201:customers.Find(id).Email|};

                [KernelFunction]
                public object GetProfile(int id) => new { customers.Find(id).Tier, Phone = {|AIREG201:customers.Find(id).PhoneNumber|} };
            }
            """ + Shop,
            """
            using Microsoft.SemanticKernel;
            using Shop;

            public sealed class CustomerPlugin(ICustomers customers)
            {
                [KernelFunction]
                public string GetEmail(int id) => Pii.Mask(customers.Find(id).Email);

                [KernelFunction]
                public object GetProfile(int id) => new { customers.Find(id).Tier, Phone = Pii.Mask(customers.Find(id).PhoneNumber) };
            }
            """ + Shop,
            Redaction,
            AiRegAnalyzers.CodeFixes.Common.AiRegCodeFixProvider.EquivalenceKey(RuleIds.PersonalDataSentToAiModel, FixKind.Wrap));
    }
    [Fact]
    public async Task Redact_Is_Not_Offered_Where_A_Whole_Record_Is_Expected()
    {
        // Pii.Mask(customer?.ToString()) is a string: it would not compile as a Customer result or a vector store record.
        await Fix201.VerifyNoFixAsync(
            """
            using System.Threading.Tasks;
            using Microsoft.Extensions.VectorData;
            using Microsoft.SemanticKernel;
            using Shop;

            public sealed class CustomerPlugin(ICustomers customers, VectorStoreCollection<int, Customer> store)
            {
                [KernelFunction]
                public async Task<Customer> GetCustomerAsync(int id)
                {
                    await Task.Yield();
                    return {|AIREG201:customers.Find(id)|};
                }

                [KernelFunction]
                public Customer Find(int id) => {|AIREG201:customers.Find(id)|};

                public Task Keep(int id) => store.UpsertAsync({|AIREG201:customers.Find(id)|});
            }
            """ + Shop,
            Redaction,
            AiRegAnalyzers.CodeFixes.Common.AiRegCodeFixProvider.EquivalenceKey(RuleIds.PersonalDataSentToAiModel, FixKind.Wrap));
    }

    [Fact]
    public async Task Redact_Formats_A_Whole_Record_Where_An_Object_Is_Expected()
    {
        await Fix201.VerifyFixAsync(
            """
            using Microsoft.Extensions.AI;
            using Shop;

            public sealed class Results(ICustomers customers)
            {
                public FunctionResultContent Result(string callId, int id) => new(callId, {|AIREG201:customers.Find(id)|});
            }
            """ + Shop,
            """
            using Microsoft.Extensions.AI;
            using Shop;

            public sealed class Results(ICustomers customers)
            {
                public FunctionResultContent Result(string callId, int id) => new(callId, Pii.Mask(customers.Find(id)?.ToString()));
            }
            """ + Shop,
            Redaction,
            AiRegAnalyzers.CodeFixes.Common.AiRegCodeFixProvider.EquivalenceKey(RuleIds.PersonalDataSentToAiModel, FixKind.Wrap));
    }
}
