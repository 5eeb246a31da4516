using System.Threading.Tasks;
using Xunit;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Privacy.PersonalDataInLogAnalyzer>;

namespace AiRegAnalyzers.Tests.PersonalData;

/// <summary>
/// Values take their classification from where they come from: what the framework made is not personal
/// data whatever the local is called; names decide for parameters, fields and the application's own code.
/// </summary>
public class ProvenanceTests
{
    [Fact]
    public async Task FrameworkMetadata_IsNotPersonalData_WhateverTheLocalIsCalled()
    {
        await Verify.VerifyAsync("""
            using System;
            using System.IO;
            using System.Linq;
            using System.Net;
            using System.Net.Http;
            using System.Net.Sockets;
            using Microsoft.Extensions.Logging;

            class C<T>
            {
                void M(ILogger logger, Exception ex, FileInfo file, DirectoryInfo folder, HttpResponseMessage response, TcpListener listener)
                {
                    var fullName = typeof(T).FullName;
                    var name = GetType().Name;
                    var displayName = typeof(T).Assembly.FullName;
                    var location = typeof(T).Assembly.Location;
                    var userName = Environment.UserName;
                    var machineName = Environment.MachineName;
                    var ipAddress = Dns.GetHostAddresses("db")[0];
                    var clientIp = ((IPEndPoint)listener.LocalEndpoint).Address;
                    var currentLocation = response.Headers.Location;
                    var email = Guid.NewGuid().ToString("N");
                    var firstName = typeof(T).GetProperties().First().Name;
                    logger.LogInformation("{A} {B} {C} {D} {E} {F}", fullName, name, displayName, location, userName, machineName);
                    logger.LogInformation("{A} {B} {C} {D} {E}", ipAddress, clientIp, currentLocation, email, firstName);
                    logger.LogInformation("{A} {B} {C} {D}", ex.Source, file.FullName, folder.Name, Environment.UserName);
                }
            }
            """);
    }

    [Fact]
    public async Task NamesStillDecide_ForParametersFieldsAndTheApplicationsOwnCalls()
    {
        await Verify.VerifyAsync("""
            using System.Linq;
            using Microsoft.Extensions.Logging;

            public class Customer { public string FullName { get; set; } = ""; public string Email { get; set; } = ""; }

            class C
            {
                private string _homeAddress = "";

                string LookUpPhone(int id) => "";

                void M(ILogger logger, string userName, Customer customer, string[] emails, int? salary)
                {
                    var phone = LookUpPhone(7);
                    var email = emails.First();
                    var name = customer.FullName.Trim();
                    logger.LogInformation("{A} {B}", {|AIREG101:userName|}, {|AIREG101:_homeAddress|});
                    logger.LogInformation("{A} {B} {C}", {|AIREG101:phone|}, {|AIREG101:email|}, {|AIREG101:name|});
                    logger.LogInformation("{A}", {|AIREG101:salary.Value|});
                }
            }
            """);
    }

    [Fact]
    public async Task LibraryFormatting_PassesItsArgumentsThrough()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Localization;
            using Microsoft.Extensions.Logging;

            public class Account { public string UserName { get; set; } = ""; public int Id { get; set; } }

            class C
            {
                void M(ILogger logger, IStringLocalizer localizer, Account account)
                {
                    logger.LogInformation({|AIREG101:localizer["PasswordChanged", account.UserName]|});
                    logger.LogInformation({|AIREG101:localizer.GetString("PasswordChanged", account.UserName)|});
                    logger.LogInformation(localizer["PasswordChanged", account.Id]);
                }
            }
            """);
    }

    [Fact]
    public async Task CallerInfoParameters_AreNeverPersonalData()
    {
        await Verify.VerifyAsync("""
            using System.Runtime.CompilerServices;
            using Microsoft.Extensions.Logging;

            class C
            {
                void Trace(ILogger logger, string memberName, [CallerMemberName] string callerMemberName = "", [CallerFilePath] string filePath = "",
                    [CallerArgumentExpression(nameof(memberName))] string nameExpression = "")
                {
                    logger.LogDebug("{A} {B} {C}", callerMemberName, filePath, nameExpression);
                    logger.LogDebug("{A}", {|AIREG101:memberName|});
                }
            }
            """);
    }

    [Fact]
    public async Task CompoundNames_AreDecidedByTheirHead()
    {
        await Verify.VerifyAsync("""
            using System;
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;

            public class Account
            {
                public DateTime LastPasswordChangeDate { get; set; }
                public DateTime PasswordExpiresAt { get; set; }
                public object EmailSender { get; set; } = new();
                public DateTime BirthDate { get; set; }
                public DateTime DateOfBirth { get; set; }
                public string HomeAddress { get; set; } = "";
                public string IdCardNumber { get; set; } = "";
            }

            class C
            {
                void M(ILogger logger, Account account, List<int> idsWithMissingEmail, int countOfPhones, string emailForUser)
                {
                    logger.LogInformation("{A} {B} {C}", account.LastPasswordChangeDate, account.PasswordExpiresAt, account.EmailSender);
                    logger.LogInformation("{A} {B}", idsWithMissingEmail, countOfPhones);
                    logger.LogInformation("{A} {B}", {|AIREG101:account.BirthDate|}, {|AIREG101:account.DateOfBirth|});
                    logger.LogInformation("{A} {B} {C}", {|AIREG101:account.HomeAddress|}, {|AIREG101:account.IdCardNumber|}, {|AIREG101:emailForUser|});
                }
            }
            """);
    }

    [Fact]
    public async Task BareName_IsAPersonsName_OnlyOnATypeAboutAPerson()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            public class ScheduledTaskWorker { public string Name { get; set; } = ""; public int Interval { get; set; } }
            public class DatabaseDriver { public string Name { get; set; } = ""; public string Version { get; set; } = ""; }
            public class LockHolder { public string FullName { get; set; } = ""; }
            public class PluginOwner { public string DisplayName { get; set; } = ""; }
            public class TeamMember { public string Name { get; set; } = ""; public string Role { get; set; } = ""; }
            public class TruckDriver { public string Name { get; set; } = ""; public string LicenseNumber { get; set; } = ""; }
            public class Patient { public string Name { get; set; } = ""; }
            public class Store { public string Name { get; set; } = ""; public string Email { get; set; } = ""; public string Phone { get; set; } = ""; }
            public class Listing { public string Name { get; set; } = ""; public double[] Coordinates { get; set; } = []; }
            public class EmployeeDto { public string DisplayName { get; set; } = ""; }
            public sealed record DonorSummary(int Id, string FullName);

            class C
            {
                void M(ILogger logger, ScheduledTaskWorker worker, DatabaseDriver driver, LockHolder holder, PluginOwner owner, TeamMember member,
                    TruckDriver truckDriver, Patient patient, EmployeeDto employee, Store store, Listing listing, DonorSummary donor)
                {
                    logger.LogInformation("{A}", {|AIREG101:donor.FullName|});
                    logger.LogInformation("{A} {B}", store.Name, listing.Name);
                    logger.LogInformation("{A} {B} {C} {D} {E}", worker.Name, driver.Name, holder.FullName, owner.DisplayName, member.Name);
                    logger.LogInformation("{A} {B} {C}", {|AIREG101:truckDriver.Name|}, {|AIREG101:patient.Name|}, {|AIREG101:employee.DisplayName|});
                }
            }
            """);
    }

    [Fact]
    public async Task BareAddress_IsAPostalAddress_OnlyOnATypeAboutAPerson()
    {
        await Verify.VerifyAsync("""
            using System;
            using Microsoft.Extensions.Logging;

            public class UpstreamChannel { public string Name { get; set; } = ""; public string Address { get; set; } = ""; public string ApiKey { get; set; } = ""; }
            public class ProviderOptions { public string Address { get; set; } = ""; public string? Other { get; set; } }
            public class Customer { public int Id { get; set; } public string Address { get; set; } = ""; }
            public class Shipment { public string RecipientPhone { get; set; } = ""; public string Address { get; set; } = ""; }

            static class EndpointFactory
            {
                public static string GetAddress(ProviderOptions options, string model) => options.Address.TrimEnd('/') + "/models/" + model;
                public static string GetSpeechAddressAsync(ProviderOptions options) => options.Address + "/audio/speech";
            }

            class Checkout
            {
                public string GetShippingAddress() => "";
            }

            static class Labels
            {
                public static string GetAddress(Customer customer) => customer.Address;
            }

            class C
            {
                void M(ILogger logger, UpstreamChannel channel, ProviderOptions options, Customer customer, Shipment shipment)
                {
                    logger.LogInformation("{A} {B} {C}", channel.Address, options.Address, EndpointFactory.GetAddress(options, "gpt"));
                    logger.LogInformation("{A} {B}", {|AIREG101:customer.Address|}, {|AIREG101:shipment.Address|});
                    logger.LogInformation("{A} {B}", {|AIREG101:Labels.GetAddress(customer)|}, EndpointFactory.GetSpeechAddressAsync(options));
                    logger.LogInformation("{A}", {|AIREG101:new Checkout().GetShippingAddress()|});
                }
            }
            """);
    }

    [Fact]
    public async Task PseudonymousKeys_AreNotPersonalData_ByDefault()
    {
        const string Source = """
            using System;
            using Microsoft.AspNetCore.Identity;
            using Microsoft.Extensions.Logging;

            public class Device { [PersonalData] public Guid Id { get; set; } [PersonalData] public string DeviceId { get; set; } = ""; }
            public class Order { [PersonalData] public long CustomerId { get; set; } public string UserName { get; set; } = ""; }

            class Manager<TUser, TKey>
                where TUser : IdentityUser<TKey>
                where TKey : IEquatable<TKey>
            {
                void M(ILogger logger, TUser user) => logger.LogInformation("{A}", user.Id);
            }

            class C
            {
                void M(ILogger logger, IdentityUser user, Device device, Order order, Guid userId)
                {
                    logger.LogInformation("{A} {B} {C} {D}", user.Id, device.Id, order.CustomerId, userId);
                    logger.LogInformation("{A} {B} {C}", {|AIREG101:device.DeviceId|}, {|AIREG101:order.UserName|}, {|AIREG101:user.Email|});
                }
            }
            """;
        await Verify.VerifyAsync(Source);
    }

    [Fact]
    public async Task PseudonymousKeys_OptIn_FlagsAttributedKeysAndPersonKeys()
    {
        await Verify.VerifyAsync(
            """
            using System;
            using Microsoft.AspNetCore.Identity;
            using Microsoft.Extensions.Logging;

            public class Device { [PersonalData] public Guid Id { get; set; } }
            public class Customer { public int Id { get; set; } }
            public class Product { public int Id { get; set; } }

            class C
            {
                void M(ILogger logger, IdentityUser user, Device device, Customer customer, Product product, Guid userId, Guid orderId)
                {
                    logger.LogInformation("{A} {B} {C} {D}", {|AIREG101:user.Id|}, {|AIREG101:device.Id|}, {|AIREG101:customer.Id|}, {|AIREG101:userId|});
                    logger.LogInformation("{A} {B}", product.Id, orderId);
                }
            }
            """,
            editorConfig: "aireg.treat_ids_as_personal_data = true");
    }
}
