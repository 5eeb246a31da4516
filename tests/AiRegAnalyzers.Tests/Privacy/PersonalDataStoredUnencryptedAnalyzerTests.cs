using System.Threading.Tasks;
using Xunit;
using static AiRegAnalyzers.Tests.Privacy.PrivacyTestTypes;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Privacy.PersonalDataStoredUnencryptedAnalyzer>;

namespace AiRegAnalyzers.Tests.Privacy;

public class PersonalDataStoredUnencryptedAnalyzerTests
{
    [Fact]
    public async Task FileStaticMethods_AreFlagged()
    {
        await Verify.VerifyAsync("""
            using System.IO;
            using System.Text;
            using System.Text.Json;
            using System.Threading.Tasks;
            class PatientExport
            {
                async Task M(Patient patient, Patient[] patients, string path)
                {
                    File.WriteAllText(path, {|AIREG102:patient.IdNumber|});
                    File.AppendAllText(path, {|AIREG102:$"{patient.FullName},{patient.PhoneNumber}\n"|}, Encoding.UTF8);
                    await File.WriteAllTextAsync(path, {|AIREG102:JsonSerializer.Serialize(patients)|});
                    await File.AppendAllLinesAsync(path, {|AIREG102:new[] { patient.Email ?? "" }|});
                    File.WriteAllBytes(path, {|AIREG102:Encoding.UTF8.GetBytes(patient.IdNumber)|});
                    File.WriteAllLines(path, {|AIREG102:new[] { patient.Diagnosis ?? "" }|});
                }
            }
            """ + Patient);
    }

    [Fact]
    public async Task WritersAndStreamsOverAFile_AreFlagged()
    {
        await Verify.VerifyAsync("""
            using System.IO;
            using System.Text;
            using System.Text.Json;
            using System.Threading.Tasks;
            class PatientExport
            {
                async Task M(Patient patient, string path)
                {
                    using (var writer = new StreamWriter(path))
                    {
                        writer.WriteLine({|AIREG102:patient.PhoneNumber|});
                        await writer.WriteAsync({|AIREG102:$"id={patient.IdNumber}"|});
                    }

                    using var appender = File.AppendText(path);
                    appender.Write("{0};{1}", patient.Id, {|AIREG102:patient.Email|});

                    using var stream = new FileStream(path, FileMode.Create);
                    stream.Write({|AIREG102:Encoding.UTF8.GetBytes(patient.IdNumber)|});
                    await JsonSerializer.SerializeAsync(stream, {|AIREG102:patient|});

                    using var binary = new BinaryWriter(File.OpenWrite(path));
                    binary.Write({|AIREG102:patient.FullName|});
                }
            }
            """ + Patient);
    }

    [Fact]
    public async Task CsvLinesJoinedInALoop_AreFlagged()
    {
        // string.Join(",", a, b) binds to params ReadOnlySpan<string?> on .NET 10: a collection expression operation.
        await Verify.VerifyAsync("""
            using System.Collections.Generic;
            using System.IO;
            using System.Text;
            using System.Threading.Tasks;
            class PatientExport
            {
                async Task M(List<Patient> patients, string path)
                {
                    await using var writer = new StreamWriter(path, append: false, Encoding.UTF8);
                    await writer.WriteLineAsync("name,id");
                    foreach (var patient in patients)
                    {
                        var line = string.Join(",", patient.FullName, patient.IdNumber);
                        await writer.WriteLineAsync({|AIREG102:line|});
                        await writer.WriteLineAsync({|AIREG102:[.. patient.PhoneNumber]|});
                    }
                }
            }
            """ + Patient);
    }

    [Fact]
    public async Task CookiesAndDistributedCache_AreFlagged()
    {
        await Verify.VerifyAsync("""
            using System.Text;
            using System.Text.Json;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Caching.Distributed;
            class Session
            {
                async Task M(HttpResponse response, IDistributedCache cache, Patient patient)
                {
                    response.Cookies.Append("phone", {|AIREG102:patient.PhoneNumber|});
                    response.Cookies.Append("id", {|AIREG102:patient.IdNumber|}, new CookieOptions { HttpOnly = true, Secure = true });
                    await cache.SetStringAsync("patient:" + patient.Id, {|AIREG102:JsonSerializer.Serialize(patient)|});
                    cache.SetString("email", {|AIREG102:patient.Email ?? ""|});
                    await cache.SetAsync("dx", {|AIREG102:Encoding.UTF8.GetBytes(patient.Diagnosis ?? "")|}, new DistributedCacheEntryOptions());
                    cache.Set("json", {|AIREG102:JsonSerializer.SerializeToUtf8Bytes(patient)|});
                }
            }
            """ + Patient);
    }

    [Fact]
    public async Task EncryptedOrNonPersonalWrites_AreNotFlagged()
    {
        await Verify.VerifyAsync("""
            using System.IO;
            using System.Security.Cryptography;
            using System.Text;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.DataProtection;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Caching.Distributed;
            class Storage
            {
                async Task M(Patient patient, string path, Aes aes, IDataProtector protector, HttpResponse response, IDistributedCache cache, Stream body, TextWriter console)
                {
                    File.WriteAllText(path, Pii.Protect(patient.IdNumber));
                    File.WriteAllText(path, protector.Protect(patient.PhoneNumber));
                    File.WriteAllText(path, $"{patient.Id},{patient.Department},{patient.VisitCount}");
                    File.WriteAllText(path, patient.EmailTemplate);

                    using (var file = new FileStream(path, FileMode.Create))
                    using (var crypto = new CryptoStream(file, aes.CreateEncryptor(), CryptoStreamMode.Write))
                    using (var writer = new StreamWriter(crypto))
                    {
                        writer.WriteLine(patient.IdNumber);
                    }

                    using (var memory = new MemoryStream())
                    using (var inMemory = new StreamWriter(memory))
                    {
                        inMemory.Write(patient.PhoneNumber);
                    }

                    using var toBody = new StreamWriter(body);
                    await toBody.WriteAsync(patient.Email);
                    console.WriteLine(patient.FullName);

                    response.Cookies.Append("visit", patient.Id.ToString());
                    await cache.SetStringAsync("department", patient.Department);
                    cache.SetString("phone", Pii.Mask(patient.PhoneNumber));
                }
            }
            """ + Patient);
    }

    [Fact]
    public async Task Options_ChangeTheOutcome()
    {
        const string source = """
            using System.IO;
            class C
            {
                void M(string path, string memberNo, Patient patient)
                {
                    File.WriteAllText(path, {|#0:memberNo|});
                    File.WriteAllText(path, {|#1:SealIdNumber(patient.IdNumber)|});
                }

                static string SealIdNumber(string value) => value;
            }
            """ + Patient;
        await Verify.VerifyAsync(
            source,
            "aireg.personal_data_names = member_no\n",
            Verify.Diagnostic("AIREG102").WithLocation(0),
            Verify.Diagnostic("AIREG102").WithLocation(1));
        await Verify.VerifyAsync(source, "aireg.personal_data_names = member_no\naireg.AIREG102.personal_data_names = other\naireg.AIREG102.sanitizer_methods = C.SealIdNumber\n");
    }

    [Fact]
    public async Task MessageNamesTheStorageApi()
    {
        await Verify.VerifyAsync(
            """
            class C
            {
                void M(Microsoft.AspNetCore.Http.HttpResponse response, Patient patient) => response.Cookies.Append("id", {|#0:patient.IdNumber|});
            }
            """ + Patient,
            Verify.Diagnostic("AIREG102").WithLocation(0)
                .WithArguments("patient.IdNumber", " (identity data, sensitive under PIPL Art. 28)", "IResponseCookies.Append", ""));
    }
}
