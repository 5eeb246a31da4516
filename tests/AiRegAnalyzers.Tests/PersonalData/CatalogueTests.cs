using System.Threading.Tasks;
using Xunit;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Privacy.PersonalDataInLogAnalyzer>;

namespace AiRegAnalyzers.Tests.PersonalData;

/// <summary>Library APIs that carry personal data (the catalogue): claims by type, the client's address, request values by key, Identity.</summary>
public class CatalogueTests
{
    [Fact]
    public async Task ClaimsReadByAPersonalType_ArePersonalData()
    {
        await Verify.VerifyAsync("""
            using System.Linq;
            using System.Security.Claims;
            using Microsoft.Extensions.Logging;

            class C
            {
                void M(ILogger logger, ClaimsPrincipal user)
                {
                    var mailClaim = user.FindFirst(ClaimTypes.Email);
                    logger.LogInformation("{A}", {|AIREG101:user.FindFirst(ClaimTypes.Email)?.Value|});
                    logger.LogInformation("{A}", {|AIREG101:user.FindFirstValue(ClaimTypes.MobilePhone)|});
                    logger.LogInformation("{A}", {|AIREG101:user.Claims.First(c => c.Type == ClaimTypes.DateOfBirth).Value|});
                    logger.LogInformation("{A}", {|AIREG101:user.Claims.FirstOrDefault(c => ClaimTypes.StreetAddress == c.Type)?.Value|});
                    logger.LogInformation("{A}", {|AIREG101:mailClaim?.Value|});
                    logger.LogInformation("{A}", {|AIREG101:user.FindFirstValue("given_name")|});
                    logger.LogInformation("{A}", {|AIREG101:user.Identity?.Name|});

                    // Keys, roles and the authentication method are not personal data.
                    logger.LogInformation("{A} {B} {C}", user.FindFirst(ClaimTypes.NameIdentifier)?.Value, user.FindFirstValue(ClaimTypes.Role), user.Identity?.AuthenticationType);
                    logger.LogInformation("{A}", user.HasClaim(ClaimTypes.Email, "a@example.com"));
                }
            }
            """);
    }

    [Fact]
    public async Task TheClientsAddress_AndRequestValuesKeyedByPersonalNames_ArePersonalData()
    {
        await Verify.VerifyAsync("""
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Logging;

            class C
            {
                void M(ILogger logger, HttpContext context)
                {
                    var request = context.Request;
                    logger.LogInformation("{A}", {|AIREG101:context.Connection.RemoteIpAddress|});
                    logger.LogInformation("{A}", {|AIREG101:request.Headers["X-Forwarded-For"]|});
                    logger.LogInformation("{A}", {|AIREG101:request.Headers["X-Real-IP"].ToString()|});
                    logger.LogInformation("{A}", {|AIREG101:request.Query["email"]|});
                    logger.LogInformation("{A}", {|AIREG101:request.Form["phone_number"]|});
                    logger.LogInformation("{A}", {|AIREG101:request.RouteValues["idCard"]|});

                    // The server's own address, paging, content negotiation.
                    logger.LogInformation("{A} {B}", context.Connection.LocalIpAddress, context.Connection.LocalPort);
                    logger.LogInformation("{A} {B} {C}", request.Query["page"], request.Headers["Accept"], request.Path);
                }
            }
            """);
    }

    [Fact]
    public async Task IdentityUser_ContactMembers_ArePersonalData_AndItsFlagsAreNot()
    {
        await Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Identity;
            using Microsoft.Extensions.Logging;

            class C
            {
                async Task M(ILogger logger, IdentityUser user, UserManager<IdentityUser> users)
                {
                    logger.LogInformation("{A} {B}", {|AIREG101:user.NormalizedEmail|}, {|AIREG101:user.NormalizedUserName|});
                    logger.LogInformation("{A} {B}", {|AIREG101:user.PhoneNumber|}, {|AIREG101:await users.GetEmailAsync(user)|});
                    logger.LogInformation("{A} {B} {C}", user.EmailConfirmed, user.SecurityStamp, user.AccessFailedCount);
                }
            }
            """);
    }
}
