using System.Threading.Tasks;
using Xunit;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Transport.InsecureCookieAnalyzer>;
using VerifyFix = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<
    AiRegAnalyzers.Transport.InsecureCookieAnalyzer,
    AiRegAnalyzers.CodeFixes.Transport.InsecureCookieCodeFixProvider>;

namespace AiRegAnalyzers.Tests.Transport;

public class InsecureCookieAnalyzerTests
{
    private const string Usings = """
        using System;
        using Microsoft.AspNetCore.Authentication.Cookies;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.CookiePolicy;
        using Microsoft.AspNetCore.Http;
        using Microsoft.Extensions.DependencyInjection;

        """;

    [Fact]
    public Task Options_reaching_Append_without_flags_are_flagged() => Verify.VerifyAsync(Usings + """
        class C
        {
            void M(HttpResponse response, string sessionId)
            {
                response.Cookies.Append("clinic_session", sessionId, {|AIREG404:new CookieOptions { Expires = DateTimeOffset.UtcNow.AddHours(1) }|});
                response.Cookies.Append("clinic_ticket", sessionId, {|AIREG404:new CookieOptions { HttpOnly = true }|});

                var options = {|AIREG404:new CookieOptions()|};
                options.Secure = true;
                response.Cookies.Append("clinic_patient", sessionId, options);
            }
        }
        """);

    [Fact]
    public Task Explicit_false_and_secure_policy_none_are_flagged() => Verify.VerifyAsync(Usings + """
        class C
        {
            void M(IServiceCollection services, HttpResponse response, string token)
            {
                var options = new CookieOptions { Secure = true, {|AIREG404:HttpOnly = false|} };
                response.Cookies.Append("clinic_token", token, options);

                services.AddAuthentication().AddCookie(o =>
                {
                    {|AIREG404:o.Cookie.HttpOnly = false|};
                    o.Cookie.SecurePolicy = {|AIREG404:CookieSecurePolicy.None|};
                });
                services.AddSession(o => o.Cookie.SecurePolicy = {|AIREG404:CookieSecurePolicy.None|});
                services.Configure<CookiePolicyOptions>(o => o.Secure = {|AIREG404:CookieSecurePolicy.None|});
            }
        }
        """);

    [Fact]
    public Task Secure_cookies_and_options_not_reaching_Append_are_not_flagged() => Verify.VerifyAsync(Usings + """
        class C
        {
            void M(IServiceCollection services, HttpRequest request, HttpResponse response, string sessionId, CookieOptions shared)
            {
                response.Cookies.Append("a", sessionId, new CookieOptions { Secure = true, HttpOnly = true, SameSite = SameSiteMode.Strict });
                response.Cookies.Append("b", sessionId, new CookieOptions { Secure = request.IsHttps, HttpOnly = true });
                response.Cookies.Append("c", sessionId, shared);
                response.Cookies.Append("d", sessionId, new CookieOptions(shared));
                var options = new CookieOptions { HttpOnly = true };
                options.Secure = true;
                response.Cookies.Append("e", sessionId, options);
                response.Cookies.Delete("f", new CookieOptions { Path = "/" });
                var unused = new CookieOptions();

                services.AddAuthentication().AddCookie(o =>
                {
                    o.Cookie.HttpOnly = true;
                    o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                });
                services.Configure<CookiePolicyOptions>(o =>
                {
                    o.Secure = CookieSecurePolicy.SameAsRequest;
                    o.HttpOnly = HttpOnlyPolicy.Always;
                });
                if (shared.Secure == false) { }
            }

            bool Check(CookieBuilder builder) => builder.SecurePolicy == CookieSecurePolicy.None;
        }
        """);

    [Fact]
    public Task Preference_cookies_are_not_flagged() => Verify.VerifyAsync(Usings + """
        using Microsoft.AspNetCore.Localization;

        class C
        {
            const string ThemeCookieName = "portal.theme";

            void M(HttpResponse response, string culture)
            {
                response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1) });
                response.Cookies.Append("clinic_lang", culture, new CookieOptions());
                response.Cookies.Append(ThemeCookieName, "dark", new CookieOptions { HttpOnly = false });
                var consent = new CookieOptions { IsEssential = true };
                response.Cookies.Append("site-consent", "yes", consent);
            }
        }
        """);

    [Fact]
    public Task Display_toggles_and_return_urls_are_preferences_unless_the_name_holds_an_identity() => Verify.VerifyAsync(Usings + """
        class C
        {
            const string HideArchive = "HideArchive";

            void M(HttpResponse response, string page, string sessionId)
            {
                response.Cookies.Append(HideArchive, "1", new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1) });
                response.Cookies.Append("show_banner", "0", new CookieOptions());
                response.Cookies.Append("returnUrl", page, new CookieOptions { SameSite = SameSiteMode.Lax });
                response.Cookies.Append("refer", page, new CookieOptions());
                response.Cookies.Append("show_session", sessionId, {|AIREG404:new CookieOptions()|});
                response.Cookies.Append("hide_user_id", sessionId, {|AIREG404:new CookieOptions()|});
                response.Cookies.Append("url_token", sessionId, {|AIREG404:new CookieOptions()|});
            }
        }
        """);

    [Fact]
    public Task The_head_word_of_the_cookie_name_decides() => Verify.VerifyAsync(Usings + """
        class C
        {
            void M(HttpResponse response, string sessionId)
            {
                response.Cookies.Append("lang_session", sessionId, {|AIREG404:new CookieOptions()|});
                response.Cookies.Append("theme_auth_token", sessionId, {|AIREG404:new CookieOptions { Secure = true }|});
            }
        }
        """);

    [Fact]
    public Task Antiforgery_tokens_read_by_script_need_only_Secure() => Verify.VerifyAsync(Usings + """
        class C
        {
            void M(HttpResponse response, string requestToken)
            {
                response.Cookies.Append("XSRF-TOKEN", requestToken, new CookieOptions { Secure = true, HttpOnly = false });
                var options = new CookieOptions { Secure = true };
                options.HttpOnly = false;
                response.Cookies.Append("X-CSRF-TOKEN", requestToken, options);

                response.Cookies.Append("XSRF-TOKEN", requestToken, {|AIREG404:new CookieOptions { HttpOnly = false }|});
                response.Cookies.Append("XSRF-TOKEN", requestToken, new CookieOptions { HttpOnly = true, {|AIREG404:Secure = false|} });
            }
        }
        """);

    [Fact]
    public Task Message_names_the_cookie_for_a_flag_set_to_false() => Verify.VerifyAsync(Usings + """
        class C
        {
            void M(HttpResponse response, string token)
            {
                response.Cookies.Append("clinic_token", token, new CookieOptions { Secure = true, HttpOnly = false });
            }
        }
        """, Verify.Diagnostic("AIREG404").WithSpan(11, 91, 11, 107).WithArguments("clinic_token", "HttpOnly"));

    [Fact]
    public Task Fix_adds_missing_flags() => VerifyFix.VerifyFixAsync(Usings + """
        class C
        {
            void M(HttpResponse response, string sessionId)
            {
                response.Cookies.Append("clinic_session", sessionId, {|AIREG404:new CookieOptions { Expires = DateTimeOffset.UtcNow.AddHours(1) }|});
            }
        }
        """, Usings + """
        class C
        {
            void M(HttpResponse response, string sessionId)
            {
                response.Cookies.Append("clinic_session", sessionId, new CookieOptions { Expires = DateTimeOffset.UtcNow.AddHours(1), Secure = true, HttpOnly = true });
            }
        }
        """);

    [Fact]
    public Task Fix_all_cookie_settings() => VerifyFix.VerifyFixAllAsync(Usings + """
        class C
        {
            void M(IServiceCollection services, HttpResponse response, string sessionId)
            {
                var options = {|AIREG404:new CookieOptions()|};
                response.Cookies.Append("clinic_patient", sessionId, options);
                var multiLine = {|AIREG404:new CookieOptions
                {
                    HttpOnly = true,
                    Path = "/",
                }|};
                response.Cookies.Append("clinic_visit", sessionId, multiLine);
                response.Cookies.Append("clinic_ticket", sessionId, new CookieOptions { Secure = true, {|AIREG404:HttpOnly = false|} });
                services.AddAuthentication().AddCookie(o => o.Cookie.SecurePolicy = {|AIREG404:CookieSecurePolicy.None|});
            }
        }
        """, Usings + """
        class C
        {
            void M(IServiceCollection services, HttpResponse response, string sessionId)
            {
                var options = new CookieOptions() { Secure = true, HttpOnly = true };
                response.Cookies.Append("clinic_patient", sessionId, options);
                var multiLine = new CookieOptions
                {
                    HttpOnly = true,
                    Path = "/",
                    Secure = true,
                };
                response.Cookies.Append("clinic_visit", sessionId, multiLine);
                response.Cookies.Append("clinic_ticket", sessionId, new CookieOptions { Secure = true, HttpOnly = true });
                services.AddAuthentication().AddCookie(o => o.Cookie.SecurePolicy = CookieSecurePolicy.Always);
            }
        }
        """);

    [Fact]
    public Task Options_through_fields_properties_and_factories_are_flagged() => Verify.VerifyAsync(Usings + """
        class C
        {
            private static readonly CookieOptions Shared = new CookieOptions { Path = "/" };
            private CookieOptions Session => new CookieOptions { Secure = true };

            static CookieOptions Build()
            {
                var o = new CookieOptions { IsEssential = true };
                o.HttpOnly = true;
                return o;
            }

            void M(HttpResponse response, string sessionId)
            {
                response.Cookies.Append("clinic_a", sessionId, {|AIREG404:Shared|});
                response.Cookies.Append("clinic_b", sessionId, {|AIREG404:Session|});
                response.Cookies.Append("clinic_c", sessionId, {|AIREG404:Build()|});
                var built = Build();
                built.Secure = true;
                response.Cookies.Append("clinic_d", sessionId, built);
            }
        }
        """);

    [Fact]
    public Task Flags_must_be_set_on_every_path_before_use() => Verify.VerifyAsync(Usings + """
        class C
        {
            void M(HttpRequest request, HttpResponse response, string sessionId)
            {
                var a = {|AIREG404:new CookieOptions { HttpOnly = true }|};
                if (request.IsHttps)
                {
                    a.Secure = true;
                }

                response.Cookies.Append("clinic_a", sessionId, a);

                var b = new CookieOptions();
                (b.Secure, b.HttpOnly) = (request.IsHttps, true);
                response.Cookies.Append("clinic_b", sessionId, b);

                var c = new CookieOptions { HttpOnly = true };
                c.Secure = true;
                response.Cookies.Append("clinic_c", sessionId, c);
                response.Cookies.Append("clinic_c2", sessionId, c);

                var d = new CookieOptions();
                (d.Secure, d.HttpOnly) = ({|AIREG404:false|}, true);
                response.Cookies.Append("clinic_d", sessionId, d);

                var e = new CookieOptions { Secure = true, HttpOnly = true };
                {|AIREG404:e.Secure = false|};
                response.Cookies.Append("clinic_e", sessionId, e);
            }
        }
        """);

    [Fact]
    public Task Cookie_builders_that_allow_clear_text_are_flagged() => Verify.VerifyAsync(Usings + """
        class C
        {
            void M(IServiceCollection services)
            {
                services.AddAuthentication().AddCookie(o => o.Cookie.SecurePolicy = {|AIREG404:CookieSecurePolicy.SameAsRequest|});
                services.AddSession(o => { {|AIREG404:o.Cookie.HttpOnly = false|}; });
                services.AddAntiforgery(o => o.Cookie.SecurePolicy = {|AIREG404:CookieSecurePolicy.None|});
                services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.Always);
                services.Configure<CookiePolicyOptions>(o => o.Secure = CookieSecurePolicy.SameAsRequest);
            }
        }
        """);

    [Fact]
    public Task A_cookie_policy_that_forces_the_flags_silences_them() => Verify.VerifyAsync(Usings + """
        class Startup
        {
            void ConfigureServices(IServiceCollection services)
            {
                services.Configure<CookiePolicyOptions>(o =>
                {
                    o.Secure = CookieSecurePolicy.Always;
                    o.HttpOnly = HttpOnlyPolicy.Always;
                });
                services.AddAuthentication().AddCookie(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
                services.AddSession(o => o.Cookie.HttpOnly = false);
            }

            void Configure(IApplicationBuilder app) => app.UseCookiePolicy();

            void M(HttpResponse response, string sessionId)
            {
                response.Cookies.Append("clinic_session", sessionId, new CookieOptions());
            }
        }
        """);

    [Fact]
    public Task A_cookie_policy_that_is_never_used_silences_nothing() => Verify.VerifyAsync(Usings + """
        class Startup
        {
            void ConfigureServices(IServiceCollection services)
            {
                services.Configure<CookiePolicyOptions>(o => o.Secure = CookieSecurePolicy.Always);
            }

            void M(HttpResponse response, string sessionId)
            {
                response.Cookies.Append("clinic_session", sessionId, {|AIREG404:new CookieOptions { HttpOnly = true }|});
            }
        }
        """);

    [Fact]
    public Task Fix_adds_flags_once_where_options_are_created_in_the_member() => VerifyFix.VerifyFixAllAsync(Usings + """
        class C
        {
            void M(HttpResponse response, string sessionId)
            {
                var options = {|AIREG404:new CookieOptions { HttpOnly = true }|};
                response.Cookies.Append("clinic_a", sessionId, options);
                response.Cookies.Append("clinic_b", sessionId, options);
            }
        }
        """, Usings + """
        class C
        {
            void M(HttpResponse response, string sessionId)
            {
                var options = new CookieOptions { HttpOnly = true, Secure = true };
                response.Cookies.Append("clinic_a", sessionId, options);
                response.Cookies.Append("clinic_b", sessionId, options);
            }
        }
        """);
}
