using System;
using System.Security.Cryptography;
using System.Text;

namespace ClinicAssistant.Security;

/// <summary>Patient-portal accounts: passwords and SMS sign-in codes.</summary>
public sealed class PortalAccountService
{
    private readonly Random _random = new();

    /// <summary>First version of the portal stored unsalted SHA-256 hashes.</summary>
    public string LegacyPasswordHash(string password) =>
        // Violation AIREG306: a fast hash of a password.
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password)));

    public byte[] HashPassword(string password, byte[] salt)
    {
        // Violation AIREG306: PBKDF2 with SHA-1 and 10,000 iterations.
        using var kdf = new Rfc2898DeriveBytes(password, salt, 10_000);
        return kdf.GetBytes(32);
    }

    /// <summary>The six-digit code texted to the patient at sign-in.</summary>
    public string CreateSmsCode()
    {
        // Violation AIREG307: System.Random for a one-time sign-in code.
        var smsCode = _random.Next(0, 1_000_000);
        return smsCode.ToString("D6");
    }

    /// <summary>Compliant: Random for the waiting-room display order is fine.</summary>
    public void ShuffleWaitingRoomDisplay(string[] ticketLabels) => _random.Shuffle(ticketLabels);

    /// <summary>Compliant: PBKDF2-HMAC-SHA256 with 600,000 iterations and a random salt.</summary>
    public (byte[] Hash, byte[] Salt) HashPasswordV2(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        return (Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32), salt);
    }
}
