using System.Threading.Tasks;
using Xunit;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Privacy.PersonalDataInExceptionMessageAnalyzer>;

namespace AiRegAnalyzers.Tests.PersonalData;

/// <summary>Members classified by their containing type: a person type's <c>Name</c>, a value object's <c>Value</c>.</summary>
public class ContextualNamesTests
{
    [Fact]
    public async Task PersonTypeNames_AndValueObjects_ArePersonalData()
    {
        await Verify.VerifyAsync("""
            using System;
            public class Customer { public string Name { get; set; } = ""; }
            public class PatientDto { public string Name { get; set; } = ""; }
            public sealed record PhoneNumber(string Value);
            public readonly struct IdCardNumber { public IdCardNumber(string value) => Value = value; public string Value { get; } }

            public class Product { public string Name { get; set; } = ""; }
            public class UserRole { public string Name { get; set; } = ""; }
            public sealed record OrderNumber(string Value);

            class C
            {
                void M(Customer customer, PatientDto patient, PhoneNumber phone, IdCardNumber id, Product product, UserRole role, OrderNumber order, Lazy<string> lazy, int n)
                {
                    if (n == 0) throw new InvalidOperationException($"Customer {{|AIREG105:customer.Name|}} is blocked");
                    if (n == 1) throw new InvalidOperationException($"Patient {{|AIREG105:patient.Name|}} is blocked");
                    if (n == 2) throw new InvalidOperationException($"Phone {{|AIREG105:phone.Value|}} is invalid");
                    if (n == 3) throw new InvalidOperationException($"Id {{|AIREG105:id.Value|}} is invalid");
                    if (n == 4) throw new InvalidOperationException($"Product {product.Name}, role {role.Name}, order {order.Value}, {lazy.Value}");
                }
            }
            """);
    }
}
