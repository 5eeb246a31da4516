using System;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;
using OpenAI;

namespace ClinicAssistant.Security;

/// <summary>Patient-portal session cookie and the key that signs portal tokens.</summary>
public static class PortalSession
{
    // Violation (AIREG502): the token signing key is a constant in source.
    private static readonly SymmetricSecurityKey SigningKey =
        new(Encoding.UTF8.GetBytes("clinic-portal-signing-key-2024-do-not-share"));

    // Violation (AIREG502): an OpenAI key (fake, but in the real format) pasted in while prototyping.
    private const string AssistantApiKey = "sk-proj-clinic00000000000000000000000000FAKE";

    // Compliant: a header name and a GUID-shaped key identifier are not secrets.
    public const string ApiKeyHeaderName = "X-Portal-Api-Key";
    public const string SigningKeyId = "6f1c2b3a-0d4e-4f5a-8b6c-7d8e9f0a1b2c";

    public static SecurityKey Key => SigningKey;

    public static OpenAIClient CreateAssistantClient() => new(AssistantApiKey);

    public static void IssueSessionCookie(HttpResponse response, string sessionId)
    {
        // Violation (AIREG404): the session cookie is neither Secure nor HttpOnly.
        response.Cookies.Append("portal_session", sessionId, new CookieOptions
        {
            SameSite = SameSiteMode.Lax,
            Expires = DateTimeOffset.UtcNow.AddHours(8),
        });
    }
}
