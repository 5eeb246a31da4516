namespace AiRegAnalyzers.Tests.Privacy;

/// <summary>Application types shared by the AIREG102 to AIREG105 tests (the user's own code, not stand-ins for library APIs).</summary>
internal static class PrivacyTestTypes
{
    public const string Patient = """
        public class Patient
        {
            public int Id { get; set; }
            public string FullName { get; set; } = "";
            public string IdNumber { get; set; } = "";
            public string PhoneNumber { get; set; } = "";
            public bool PhoneNumberConfirmed { get; set; }
            public string? Email { get; set; }
            public string EmailTemplate { get; set; } = "";
            public string MaskedEmail { get; set; } = "";
            public string Department { get; set; } = "";
            public string? Diagnosis { get; set; }
            public System.DateOnly DateOfBirth { get; set; }
            public int VisitCount { get; set; }
        }

        public record PatientRecord(int Id, string Email);

        public static class Pii
        {
            public static string Mask(string? value) => "***";

            public static string Protect(string? value) => value is null ? "" : System.Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(value));
        }
        """;
}
