using System.Threading.Tasks;
using Xunit;
using static AiRegAnalyzers.Tests.Privacy.PrivacyTestTypes;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Privacy.PersonalDataInUrlAnalyzer>;

namespace AiRegAnalyzers.Tests.Privacy;

public class PersonalDataInUrlAnalyzerTests
{
    [Fact]
    public async Task HttpClientAndRequestMessages_AreFlagged()
    {
        await Verify.VerifyAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;
            class InsuranceClient
            {
                async Task M(HttpClient http, Patient patient, string idNumber)
                {
                    await http.GetAsync({|AIREG104:$"/policies?idNumber={idNumber}"|});
                    await http.GetStringAsync({|AIREG104:"/patients/" + Uri.EscapeDataString(patient.PhoneNumber)|});
                    await http.DeleteAsync({|AIREG104:$"/patients/{patient.Email}"|});
                    await http.PostAsJsonAsync({|AIREG104:$"/claims?holder={patient.FullName}"|}, new { patient.Id });
                    var policy = await http.GetFromJsonAsync<string>({|AIREG104:string.Format("/lookup/{0}", patient.IdNumber)|});
                    var url = $"/verify?phone={patient.PhoneNumber}";
                    await http.GetAsync({|AIREG104:url|});
                    using var request = new HttpRequestMessage(HttpMethod.Get, {|AIREG104:$"/members/{patient.IdNumber}"|});
                }
            }
            """ + Patient);
    }

    [Fact]
    public async Task UriTypesAndQueryHelpers_AreFlagged()
    {
        await Verify.VerifyAsync("""
            using System;
            using System.Collections.Generic;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.WebUtilities;
            class C
            {
                void M(Patient patient, Uri baseUri)
                {
                    var a = new Uri({|AIREG104:"https://insurer.cn/check?id=" + patient.IdNumber|});
                    var b = new Uri(baseUri, {|AIREG104:$"patients/{patient.PhoneNumber}"|});
                    var builder = new UriBuilder("https", "insurer.cn");
                    builder.Query = {|AIREG104:$"email={patient.Email}"|};
                    var c = QueryHelpers.AddQueryString("/search", "phone", {|AIREG104:patient.PhoneNumber|});
                    var d = QueryHelpers.AddQueryString("/search", {|AIREG104:new Dictionary<string, string?> { ["id"] = patient.IdNumber }|});
                    var e = QueryString.Create("email", {|AIREG104:patient.Email|});
                }
            }
            """ + Patient);
    }

    [Fact]
    public async Task RedirectsAndNavigation_AreFlagged()
    {
        await Verify.VerifyAsync("""
            using Microsoft.AspNetCore.Components;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;
            public class PatientsController : ControllerBase
            {
                public IActionResult Done(Patient patient) => Redirect({|AIREG104:$"/thanks?phone={patient.PhoneNumber}"|});

                public IActionResult Find(Patient patient) => RedirectToAction("Search", {|AIREG104:new { email = patient.Email }|});

                public IActionResult Local(string idNumber) => LocalRedirect({|AIREG104:"/status/" + idNumber|});
            }

            class Endpoints
            {
                IResult Minimal(Patient patient) => Results.Redirect({|AIREG104:$"/confirm/{patient.IdNumber}"|});

                void Raw(HttpResponse response, Patient patient) => response.Redirect({|AIREG104:"/confirm?email=" + patient.Email|});

                void Blazor(NavigationManager navigation, Patient patient) => navigation.NavigateTo({|AIREG104:$"/patients/{patient.PhoneNumber}/edit"|});
            }
            """ + Patient);
    }

    [Fact]
    public async Task UrlsWithoutPersonalData_AreNotFlagged()
    {
        await Verify.VerifyAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;
            public class PatientsController : ControllerBase
            {
                public IActionResult Details(Patient patient) => RedirectToAction("Details", new { id = patient.Id });
            }

            class C
            {
                async Task M(HttpClient http, Patient patient, string location, Uri baseAddress, HttpResponse response)
                {
                    await http.GetAsync($"/patients/{patient.Id}/visits?department={patient.Department}");
                    await http.GetAsync(location);
                    var uri = new Uri(baseAddress, "health");
                    await http.GetAsync($"/lookup?phone={Pii.Mask(patient.PhoneNumber)}");
                    response.Redirect(location);
                    await http.PostAsync("/patients", new StringContent(patient.IdNumber));
                }
            }
            """ + Patient);
    }

    [Fact]
    public async Task Options_ChangeTheOutcome()
    {
        const string source = """
            using System.Net.Http;
            using System.Threading.Tasks;
            class C
            {
                Task M(HttpClient http, string memberNo) => http.GetAsync({|#0:$"/members/{memberNo}"|});
            }
            """ + Patient;
        await Verify.VerifyAsync(source);
        await Verify.VerifyAsync(source, "aireg.personal_data_names = member_no\n", Verify.Diagnostic("AIREG104").WithLocation(0));
        await Verify.VerifyAsync(source, "aireg.personal_data_names = member_no\naireg.AIREG104.personal_data_names = \n");
    }

    [Fact]
    public async Task MessageSaysWhereToSendIt()
    {
        await Verify.VerifyAsync(
            """
            class C
            {
                System.Threading.Tasks.Task M(System.Net.Http.HttpClient http, Patient patient) => http.GetAsync({|#0:"/p/" + patient.Email|});
            }
            """ + Patient,
            Verify.Diagnostic("AIREG104").WithLocation(0).WithArguments("patient.Email", " (contact details)", "HttpClient.GetAsync", ""));
    }
}
