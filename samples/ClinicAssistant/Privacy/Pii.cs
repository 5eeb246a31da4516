namespace ClinicAssistant.Privacy;

/// <summary>The clinic's own de-identification helpers.</summary>
public static class Pii
{
    /// <summary>Keeps the first and last character, masks the rest: 13812345678 → 1*********8.</summary>
    public static string Mask(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length <= 2)
        {
            return "**";
        }

        return value[0] + new string('*', value.Length - 2) + value[^1];
    }
}
