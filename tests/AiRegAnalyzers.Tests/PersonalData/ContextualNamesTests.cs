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

    [Fact]
    public async Task Members_named_after_their_own_type_describe_that_thing()
    {
        // A job position's code and a table's real name are about the position and the table; a person's
        // name and an address line stay personal data although they also start with their type's noun.
        await Verify.VerifyAsync("""
            using System;
            public class SysPost { public string PostCode { get; set; } = ""; public string PostName { get; set; } = ""; }
            public class GenTable { public string TableTrueName { get; set; } = ""; }
            public class Customer { public string CustomerName { get; set; } = ""; }
            public class Address { public string AddressLine { get; set; } = ""; }
            public class Shipment { public string PostCode { get; set; } = ""; }

            class C
            {
                void M(SysPost post, GenTable table, Customer customer, Address address, Shipment shipment, int n)
                {
                    if (n == 0) throw new InvalidOperationException($"Post {post.PostCode} ({post.PostName}) is in use");
                    if (n == 1) throw new InvalidOperationException($"Table {table.TableTrueName} has no key");
                    if (n == 2) throw new InvalidOperationException($"Customer {{|AIREG105:customer.CustomerName|}} is blocked");
                    if (n == 3) throw new InvalidOperationException($"Address {{|AIREG105:address.AddressLine|}} is invalid");
                    if (n == 4) throw new InvalidOperationException($"Post code {{|AIREG105:shipment.PostCode|}} is invalid");
                }
            }
            """);
    }

    [Fact]
    public async Task Real_and_true_names_of_things_are_not_a_persons_name()
    {
        await Verify.VerifyAsync("""
            using System;
            class C
            {
                void M(string columnRealName, string fileTrueName, string realName, int n)
                {
                    if (n == 0) throw new InvalidOperationException($"Column {columnRealName} or file {fileTrueName} is missing");
                    if (n == 1) throw new InvalidOperationException($"User {{|AIREG105:realName|}} is blocked");
                }
            }
            """);
    }

    [Fact]
    public async Task Version_numbers_in_a_type_name_do_not_hide_its_noun()
    {
        await Verify.VerifyAsync("""
            using System;
            public class Patient2 { public string Name { get; set; } = ""; }
            public sealed record CustomerV2Dto(string FullName);
            public class Product3 { public string Name { get; set; } = ""; }

            class C
            {
                void M(Patient2 patient, CustomerV2Dto customer, Product3 product, int n)
                {
                    if (n == 0) throw new InvalidOperationException($"Patient {{|AIREG105:patient.Name|}} is blocked");
                    if (n == 1) throw new InvalidOperationException($"Customer {{|AIREG105:customer.FullName|}} is blocked");
                    if (n == 2) throw new InvalidOperationException($"Product {product.Name} is sold out");
                }
            }
            """);
    }
}
