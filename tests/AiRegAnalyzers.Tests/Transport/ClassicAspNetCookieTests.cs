using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using AiRegAnalyzers.CodeFixes.Transport;
using AiRegAnalyzers.Privacy;
using AiRegAnalyzers.Transport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace AiRegAnalyzers.Tests.Transport;

/// <summary>
/// Classic ASP.NET (<c>System.Web.HttpCookie</c>) for AIREG404 and AIREG102, compiled against the real
/// .NET Framework 4.6.2 reference assemblies restored with the test project (nothing is downloaded at test time).
/// </summary>
public class ClassicAspNetCookieTests
{
    private static readonly string[] Assemblies = ["mscorlib.dll", "System.dll", "System.Core.dll", "System.Web.dll"];

    private const string Customer = """
        using System;
        using System.Web;

        public class Customer
        {
            public string Email { get; set; }
            public string MobilePhone { get; set; }
            public int Id { get; set; }
        }

        """;

    [Fact]
    public Task HttpCookie_without_flags_reaching_the_response_is_flagged() => VerifyAsync<InsecureCookieAnalyzer>(Customer + """
        public class AccountController
        {
            public void SignIn(HttpResponse response, HttpResponseBase responseBase, string ticket)
            {
                var auth = {|AIREG404:new HttpCookie("auth", ticket)|};
                response.Cookies.Add(auth);

                var partial = {|AIREG404:new HttpCookie("session", ticket) { HttpOnly = true }|};
                response.SetCookie(partial);

                responseBase.AppendCookie({|AIREG404:new HttpCookie("remember", ticket) { Secure = true }|});

                var flagged = new HttpCookie("ticket", ticket);
                {|AIREG404:flagged.Secure = false|};
                flagged.HttpOnly = true;
                response.Cookies.Set(flagged);
            }
        }
        """);

    [Fact]
    public Task HttpCookie_with_both_flags_or_a_preference_is_not_flagged() => VerifyAsync<InsecureCookieAnalyzer>(Customer + """
        public class AccountController
        {
            public void SignIn(HttpResponse response, string ticket, HttpCookie incoming)
            {
                var auth = new HttpCookie("auth", ticket);
                auth.Secure = true;
                auth.HttpOnly = true;
                response.Cookies.Add(auth);

                response.Cookies.Add(new HttpCookie("session", ticket) { Secure = true, HttpOnly = true });
                response.Cookies.Add(new HttpCookie("site_theme", "dark"));
                response.Cookies.Add(incoming);
                var unused = new HttpCookie("draft", ticket);
            }
        }
        """);

    [Fact]
    public Task Fix_adds_the_flags_to_an_HttpCookie() => VerifyFixAllAsync(Customer + """
        public class AccountController
        {
            public void SignIn(HttpResponse response, string ticket)
            {
                response.Cookies.Add({|AIREG404:new HttpCookie("auth", ticket)|});
                response.Cookies.Add({|AIREG404:new HttpCookie("session", ticket) { HttpOnly = true }|});
            }
        }
        """, Customer + """
        public class AccountController
        {
            public void SignIn(HttpResponse response, string ticket)
            {
                response.Cookies.Add(new HttpCookie("auth", ticket) { Secure = true, HttpOnly = true });
                response.Cookies.Add(new HttpCookie("session", ticket) { HttpOnly = true, Secure = true });
            }
        }
        """);

    [Fact]
    public Task Personal_data_in_a_classic_cookie_value_is_flagged() => VerifyAsync<PersonalDataStoredUnencryptedAnalyzer>(Customer + """
        public class ProfileController
        {
            public void Remember(HttpResponse response, Customer customer)
            {
                response.Cookies["contact"].Value = {|AIREG102:customer.Email|};
                var cookie = new HttpCookie("profile", {|AIREG102:customer.MobilePhone|});
                cookie.Values["mail"] = {|AIREG102:customer.Email|};
                cookie["phone"] = {|AIREG102:customer.MobilePhone|};
                response.Cookies.Add(cookie);
            }
        }
        """);

    [Fact]
    public Task Non_personal_values_in_a_classic_cookie_are_not_flagged() => VerifyAsync<PersonalDataStoredUnencryptedAnalyzer>(Customer + """
        public class ProfileController
        {
            public void Remember(HttpResponse response, Customer customer, string culture)
            {
                response.Cookies["customer"].Value = customer.Id.ToString();
                var cookie = new HttpCookie("prefs", culture);
                cookie.Values["lang"] = culture;
                cookie.Expires = DateTime.UtcNow.AddDays(30);
                response.Cookies.Add(cookie);
            }
        }
        """);

    private static Task VerifyAsync<TAnalyzer>(string source)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new Verifiers.AnalyzerVerifier<TAnalyzer>.Test { TestCode = source, ReferenceAssemblies = new ReferenceAssemblies("net462") };
        test.TestState.AdditionalReferences.AddRange(References());
        return test.RunAsync();
    }

    private static Task VerifyFixAllAsync(string source, string fixedSource)
    {
        var test = new Verifiers.CodeFixVerifier<InsecureCookieAnalyzer, InsecureCookieCodeFixProvider>.Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = new ReferenceAssemblies("net462"),
            NumberOfFixAllIterations = 1,
            NumberOfFixAllInDocumentIterations = 1,
            NumberOfFixAllInProjectIterations = 1,
        };
        test.TestState.AdditionalReferences.AddRange(References());
        test.FixedState.AdditionalReferences.AddRange(References());
        return test.RunAsync();
    }

    private static MetadataReference[] References()
    {
        var folder = typeof(ClassicAspNetCookieTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Net462ReferenceAssemblies").Value!;
        return Assemblies.Select(name => (MetadataReference)MetadataReference.CreateFromFile(Path.Combine(folder, name))).ToArray();
    }
}
