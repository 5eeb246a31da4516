using System.Collections.Generic;
using System.Linq;
using AiRegAnalyzers.PersonalData;
using Xunit;
using Xunit.Abstractions;

namespace AiRegAnalyzers.Tests.PersonalData;

/// <summary>
/// The name vocabulary measured against identifiers as they are written in real code: ASP.NET Core
/// Identity, e-commerce, healthcare, HR, Chinese apps with pinyin names, and the look-alikes that
/// users complain about. Labels say what the identifier holds, not what the classifier happens to do.
/// </summary>
public sealed class NameClassifierTests
{
    private const double Threshold = 0.95;

    private readonly ITestOutputHelper _output;

    public NameClassifierTests(ITestOutputHelper output) => _output = output;

    /// <summary>(identifier, holds personal data).</summary>
    public static readonly (string Name, bool Personal)[] Table =
    [
        // ASP.NET Core Identity (IdentityUser and friends)
        ("Email", true), ("NormalizedEmail", true), ("UserName", true), ("NormalizedUserName", true), ("PhoneNumber", true),
        ("EmailConfirmed", false), ("PhoneNumberConfirmed", false), ("PasswordHash", false), ("SecurityStamp", false), ("ConcurrencyStamp", false),
        ("TwoFactorEnabled", false), ("LockoutEnd", false), ("LockoutEnabled", false), ("AccessFailedCount", false), ("AuthenticatorKey", false),
        ("RequireConfirmedEmail", false), ("PasswordRequiredLength", false), ("RequiredUniqueChars", false), ("AllowedUserNameCharacters", false),
        ("NewEmail", true), ("ConfirmPassword", true), ("OldPassword", true), ("Password", true), ("EmailTemplate", false), ("EmailSender", false),
        ("EmailSettings", false), ("EmailOptions", false), ("EmailSubject", false), ("EmailBody", false), ("SendEmailAsync", false),
        ("MaskedEmail", false), ("HashedPassword", false), ("EncryptedIdNumber", false), ("EmailRegex", false), ("EmailPattern", false),
        ("PhoneNumberTokenProvider", false), ("EmailClaimType", false), ("EmailLabel", false), ("EmailPlaceholder", false),
        ("EmailValidator", false), ("EmailVerificationCode", false), ("PasswordResetToken", false), ("PasswordPolicy", false),
        ("PasswordHasher", false), ("PasswordStrength", false), ("MaxEmailLength", false), ("EmailCount", false), ("SenderEmail", true),
        ("ClientEmail", true), ("ContactEmail", true), ("email_address", true), ("userEmail", true), ("customerPhone", true),

        // E-commerce
        ("ShippingAddress", true), ("BillingAddress", true), ("AddressLine1", true), ("PostalCode", true), ("ZipCode", true),
        ("RecipientName", true), ("ReceiverPhone", true), ("ConsigneeName", true), ("CardNumber", true), ("CreditCardNumber", true),
        ("CardHolderName", true), ("Cvv", true), ("Iban", true), ("BankAccountNumber", true), ("CustomerName", true),
        ("OrderNumber", false), ("OrderId", false), ("ProductName", false), ("Sku", false), ("UnitPrice", false),
        ("Quantity", false), ("TrackingNumber", false), ("CouponCode", false), ("FaceValue", false), ("GiftCardBalance", false),
        ("StoreLocation", false), ("WarehouseLocation", false), ("ShippingMethod", false), ("PaymentStatus", false), ("CardType", false),
        ("AddressId", false), ("CustomerId", false), ("CompanyName", false), ("ProductType", false), ("DiscountRate", false),

        // Healthcare
        ("Diagnosis", true), ("MedicalRecordNumber", true), ("Mrn", true), ("Allergies", true), ("Medications", true),
        ("Symptoms", true), ("BloodType", true), ("ChiefComplaint", true), ("LabResults", true), ("PrescriptionText", true),
        ("TreatmentPlan", true), ("BloodPressure", true), ("HeartRate", true), ("MedicalHistory", true), ("PatientName", true),
        ("HealthCheck", false), ("HealthChecks", false), ("HealthCheckOptions", false), ("HealthStatus", false), ("HealthReport", false),
        ("HealthCheckEndpoint", false), ("DepartmentName", false), ("AppointmentId", false), ("DoctorId", false), ("RoomNumber", false),
        ("VisitCount", false), ("Department", false), ("StartsAt", false), ("MedicationCount", false), ("DiagnosisCodeColumn", false),

        // HR
        ("Salary", true), ("BaseSalary", true), ("MonthlyIncome", true), ("Ssn", true), ("SocialSecurityNumber", true),
        ("DateOfBirth", true), ("BirthDate", true), ("Dob", true), ("HomeAddress", true), ("MaritalStatus", true),
        ("EmployeeName", true), ("EmergencyContactPhone", true), ("PassportNumber", true), ("DriverLicenseNumber", true), ("Gender", true),
        ("Nationality", true), ("Religion", true), ("Ethnicity", true), ("FirstName", true), ("LastName", true),
        ("EmployeeId", false), ("JobTitle", false), ("HireDate", false), ("ManagerId", false), ("PayrollRunId", false),
        ("SalaryGrade", true), ("FileName", false), ("ClassName", false), ("HostName", false), ("MachineName", false),
        ("DisplayName", false), ("TableName", false), ("FirstNameLabel", false), ("LastNameField", false), ("FullNameColumn", false),

        // Chinese apps (pinyin and pinyin initials)
        ("ShenFenZheng", true), ("sfzh", true), ("SfzHm", true), ("ZhengJianHaoMa", true), ("zjhm", true),
        ("ShouJiHao", true), ("sjhm", true), ("lxdh", true), ("LianXiDianHua", true), ("XingMing", true),
        ("ZhenShiXingMing", true), ("JiaTingZhuZhi", true), ("DiZhi", true), ("YinHangKaHao", true), ("yhkh", true),
        ("ChuShengRiQi", true), ("XingBie", true), ("MinZu", true), ("BingLi", true), ("ZhenDuan", true),
        ("OpenId", true), ("UnionId", true), ("WechatId", true), ("DingWei", true), ("RenLian", true),
        ("DingDanHao", false), ("ShangPinMingCheng", false), ("JinE", false), ("ZhuangTai", false), ("KeShi", false),

        // Online identifiers, devices, location, biometrics
        ("IpAddress", true), ("RemoteIpAddress", true), ("ClientIp", true), ("DeviceId", true), ("Imei", true),
        ("Latitude", true), ("Longitude", true), ("GpsLocation", true), ("CurrentLocation", true), ("Fingerprint", true),
        ("FaceImage", true), ("Voiceprint", true), ("MacAddress", true), ("UserAgent", true), ("Nickname", true),
        ("AddressFamily", false), ("BaseAddress", false), ("ListenAddress", false), ("LocalIpAddress", false), ("IpAddressRange", false),
        ("ServerAddress", false), ("LoopbackAddress", false), ("LocationHeader", false), ("FileLocation", false), ("AssemblyLocation", false),
        ("Any", false), ("Loopback", false), ("IsMobileDevice", false), ("MobileApp", false), ("FaceDetectionModel", false),
        ("IrisData", false), ("AllowedIps", false), ("ProxyIp", false), ("BindAddress", false), ("DnsServerAddress", false),

        // General code: names that must never match
        ("Id", false), ("Name", false), ("Value", false), ("Status", false), ("CreatedAt", false),
        ("ConnectionString", false), ("Timeout", false), ("RetryCount", false), ("CancellationToken", false), ("Logger", false),
        ("CacheKey", false), ("ContentType", false), ("RequestPath", false), ("StatusCode", false), ("ErrorMessage", false),
        ("MaxAge", false), ("TokenAge", false), ("SmtpUserName", false), ("DbPassword", false), ("ApiKey", false),

        // Real applications: head words decide, cards that are not payment cards, national ids of other countries
        ("idsWithMissingEmail", false), ("LastPasswordChangeDate", false), ("PasswordExpiresAt", false), ("ListOfPhones", false),
        ("FindByEmail", false), ("EmailForUser", true), ("PassportIssuingOffice", false), ("PassportDateValidUpto", false),
        ("AccessCardNo", false), ("GiftCardNumber", false), ("MemberCardNo", false), ("CreditCardNo", true), ("AadharNumber", true),
        ("Pannumber", true), ("BloodGroup", true), ("UserTrueName", true), ("PlaceOfBirth", true), ("HomeAddressUpdatedAt", false),
    ];

    [Fact]
    public void NameVocabularyReachesPrecisionAndRecall()
    {
        var classifier = NameClassifier.Default;
        int truePositive = 0, falsePositive = 0, falseNegative = 0, trueNegative = 0;
        var misses = new List<string>();
        foreach (var (name, personal) in Table)
        {
            var flagged = classifier.Classify(name) is not null;
            switch (flagged, personal)
            {
                case (true, true): truePositive++; break;
                case (true, false): falsePositive++; misses.Add("false positive: " + name); break;
                case (false, true): falseNegative++; misses.Add("false negative: " + name); break;
                default: trueNegative++; break;
            }
        }

        var precision = truePositive / (double)(truePositive + falsePositive);
        var recall = truePositive / (double)(truePositive + falseNegative);
        _output.WriteLine($"names: {Table.Length} ({truePositive + falseNegative} personal, {falsePositive + trueNegative} not personal)");
        _output.WriteLine($"precision: {precision:F3} (TP {truePositive}, FP {falsePositive})");
        _output.WriteLine($"recall:    {recall:F3} (TP {truePositive}, FN {falseNegative})");
        foreach (var miss in misses)
        {
            _output.WriteLine(miss);
        }

        Assert.True(Table.Length >= 150, "the table needs at least 150 names");
        Assert.Equal(Table.Length, Table.Select(t => t.Name).Distinct().Count());
        Assert.True(precision >= Threshold, $"precision {precision:F3} < {Threshold}: {string.Join(", ", misses)}");
        Assert.True(recall >= Threshold, $"recall {recall:F3} < {Threshold}: {string.Join(", ", misses)}");
    }

    [Theory]
    [InlineData("PatientIdNumber", "Identity", true)]
    [InlineData("IdCardNumber", "Identity", true)]
    [InlineData("BankCardNumber", "Financial", true)]
    [InlineData("EmailPassword", "Credential", true)]
    [InlineData("HomeAddress", "Contact", false)]
    [InlineData("Diagnosis", "Health", true)]
    [InlineData("sfzh", "Identity", true)]
    [InlineData("ClientIp", "OnlineIdentifier", false)]
    public void CategoryAndSensitivity(string name, string category, bool sensitive)
    {
        var classification = NameClassifier.Default.Classify(name);
        Assert.NotNull(classification);
        Assert.Equal(category, classification!.Category.ToString());
        Assert.Equal(sensitive, classification.IsSensitive);
    }
}
