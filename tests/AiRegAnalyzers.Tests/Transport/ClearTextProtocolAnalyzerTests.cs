using System.Threading.Tasks;
using AiRegAnalyzers.CodeFixes.Transport;
using Xunit;
using AiRegAnalyzers.CodeFixes.Common;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Transport.ClearTextProtocolAnalyzer>;
using VerifyFix = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<
    AiRegAnalyzers.Transport.ClearTextProtocolAnalyzer,
    AiRegAnalyzers.CodeFixes.Transport.ClearTextProtocolCodeFixProvider>;
using FixAll = AiRegAnalyzers.Tests.Transport.FixAllVerifier<
    AiRegAnalyzers.Transport.ClearTextProtocolAnalyzer,
    AiRegAnalyzers.CodeFixes.Transport.ClearTextProtocolCodeFixProvider>;

namespace AiRegAnalyzers.Tests.Transport;

public class ClearTextProtocolAnalyzerTests
{
    private const string Usings = """
        #pragma warning disable SYSLIB0014
        using System;
        using System.Net;
        using System.Net.Http;
        using System.Net.Mail;
        using System.Threading.Tasks;
        using System.Xml;
        using System.Xml.Serialization;

        """;

    [Fact]
    public Task Endpoint_literals_are_flagged() => Verify.VerifyAsync(Usings + """
        class C
        {
            private const string ReportServiceUrl = {|AIREG403:"http://reports.partner-clinic.cn/api"|};
            private static readonly Uri LabEndpoint = new Uri({|AIREG403:"http://lab.partner-clinic.cn"|});
            public string WebhookAddress { get; set; } = {|AIREG403:"http://hooks.partner-clinic.cn/notify"|};

            async Task M(HttpClient client, string id)
            {
                client.BaseAddress = new Uri({|AIREG403:"http://api.partner-clinic.cn/"|});
                await client.GetAsync({|AIREG403:"http://api.partner-clinic.cn/patients"|});
                await client.PostAsync({|AIREG403:$"http://api.partner-clinic.cn/patients/{id}"|}, null);
                var request = new HttpRequestMessage(HttpMethod.Get, {|AIREG403:"HTTP://API.PARTNER-CLINIC.CN/x"|});
                var ftp = WebRequest.Create({|AIREG403:"ftp://files.partner-clinic.cn/export.csv"|});
                var endpoint = {|AIREG403:"telnet://10.0.0.12:23"|};
                var his = new WebClient().DownloadString({|AIREG403:"http://192.168.1.20:8080/his"|});
            }
        }
        """);

    [Fact]
    public Task Loopback_reserved_domains_namespaces_and_https_are_not_flagged() => Verify.VerifyAsync(Usings + """
        /// <summary>See http://legacy.partner-clinic.cn/docs for the old API.</summary>
        [XmlRoot("Report", Namespace = "http://schemas.partner-clinic.cn/report")]
        public class Report
        {
            private const string XmlSchemaNamespace = "http://www.w3.org/2001/XMLSchema";
            private const string SoapEnvelopeUri = "http://schemas.xmlsoap.org/soap/envelope/";
            private const string ContractNamespace = "http://tempuri.org/";

            [XmlElement(Namespace = "http://schemas.partner-clinic.cn/report/body")]
            public string? Body { get; set; }

            async Task M(HttpClient client, string host)
            {
                client.BaseAddress = new Uri("http://localhost:5000");
                await client.GetAsync("http://127.0.0.1:8080/health");
                await client.GetAsync("http://[::1]:5000/");
                await client.GetAsync("https://example.com");
                await client.GetAsync("http://example.com/api");
                await client.GetAsync("http://api.example.org/v1");
                await client.GetAsync("http://service.test/");
                await client.GetAsync("http://app.localhost/");
                await client.GetAsync("https://api.partner-clinic.cn/patients");
                await client.GetAsync($"http://{host}/api");
                await client.GetAsync("http://{0}/api");
                var message = "Server at http://api.partner-clinic.cn is down";
                var schemaLocation = "http://json-schema.org/draft-07/schema#";
                var helpUrl = "http://docs.partner-clinic.cn/help";
                var ns = System.Xml.Linq.XNamespace.Get("http://schemas.partner-clinic.cn/report");
                var escaped = Uri.EscapeDataString("http://api.partner-clinic.cn/callback");
                var valid = Uri.IsWellFormedUriString("http://api.partner-clinic.cn/", UriKind.Absolute);
            }
        }
        """);

    [Fact]
    public Task Settings_wrappers_and_clients_of_the_application_are_endpoints() => Verify.VerifyAsync(Usings + """
        class PartnerSettings
        {
            public string? ApiUrl { get; set; }

            public string BaseUrl => {|AIREG403:"http://api.partner-clinic.cn"|};
        }

        class PartnerClient
        {
            public PartnerClient(string baseUrl) { }
        }

        class C
        {
            Task<string> FetchAsync(HttpClient client, string url) => client.GetStringAsync(url);

            async Task M(HttpClient client)
            {
                await FetchAsync(client, {|AIREG403:"http://api.partner-clinic.cn/report"|});
                var partner = new PartnerClient({|AIREG403:"http://api.partner-clinic.cn"|});
                var settings = new PartnerSettings { ApiUrl = {|AIREG403:"http://api.partner-clinic.cn"|} };
                var uri = new Uri({|AIREG403:"http://lab.partner-clinic.cn/results"|});
                await client.GetAsync(new Uri({|AIREG403:"http://lab.partner-clinic.cn/orders"|}));
            }
        }
        """);

    [Fact]
    public Task Urls_held_by_domain_objects_are_not_endpoints() => Verify.VerifyAsync(Usings + """
        class CatalogItem
        {
            public CatalogItem(string name, decimal price, string pictureUri) { }
        }

        class Comment
        {
            public string? Author { get; set; }
            public string? Url { get; set; }
            public string? AvatarUrl { get; set; } = "http://cdn.partner-clinic.cn/a.png";
        }

        class Seed
        {
            void M(Comment existing)
            {
                var mug = new CatalogItem("Mug", 8.5m, "http://placeholder-host/images/1.png");
                var cup = new CatalogItem("Cup", 6.5m, "http://cdn.partner-clinic.cn/images/2.png");
                var comment = new Comment { Author = "Wang", Url = "http://blog.partner-clinic.cn" };
                existing.Url = "http://blog.partner-clinic.cn/about";
                var host = new Uri("http://api.partner-clinic.cn").Host;
                Uri.TryCreate("http://192.168.1.20:8080/his", UriKind.Absolute, out _);
            }
        }
        """);

    [Fact]
    public Task Single_label_and_placeholder_hosts_are_not_public_endpoints() => Verify.VerifyAsync(Usings + """
        class C
        {
            async Task M(HttpClient client, XmlNamespaceManager namespaces)
            {
                await client.GetAsync("http://myserver/api");
                await client.GetAsync("http://redis:6379");
                await client.GetAsync("http://reports-service/api/daily");
                await client.GetAsync("http://host.docker.internal:5000/");
                await client.GetAsync("http://your-domain.com/api");
                await client.GetAsync("http://api.xxx.com/v1");
                await client.GetAsync("http://www.contoso.com/orders");
                await client.GetAsync("http://{host}/api");
                namespaces.AddNamespace("ns", "http://www.vendor-bank.cn/vocabulary/2002-08-01/x");
            }
        }
        """);

    [Fact]
    public Task Allowed_hosts_option_exempts_a_domain() => Verify.VerifyAsync(Usings + """
        class C
        {
            Task M(HttpClient client) => client.GetAsync("http://his.intranet.clinic/api");
            Task N(HttpClient client) => client.GetAsync({|AIREG403:"http://his.partner-clinic.cn/api"|});
        }
        """, "aireg.AIREG403.cleartext_allowed_hosts = *.intranet.clinic, legacy.host\n");

    [Fact]
    public Task General_allowed_hosts_key_is_read() => Verify.VerifyAsync(Usings + """
        class C
        {
            Task M(HttpClient client) => client.GetAsync("http://his.intranet.clinic/api");
        }
        """, "aireg.cleartext_allowed_hosts = .intranet.clinic\n");

    [Fact]
    public Task SmtpClient_and_FtpWebRequest_without_ssl_are_flagged() => Verify.VerifyAsync(Usings + """
        class C
        {
            void M(MailMessage message, string host)
            {
                using var smtp = {|AIREG403:new SmtpClient("smtp.partner-clinic.cn", 25)|};
                smtp.Send(message);

                var explicitOff = new SmtpClient(host) { {|AIREG403:EnableSsl = false|} };
                explicitOff.Send(message);

                {|AIREG403:new SmtpClient(host)|}.Send(message);

                var ftp = (FtpWebRequest)WebRequest.Create(new Uri(host));
                {|AIREG403:ftp.EnableSsl = false|};
            }
        }
        """);

    [Fact]
    public Task Ssl_enabled_clients_loopback_and_pickup_are_not_flagged() => Verify.VerifyAsync(Usings + """
        class C
        {
            private readonly SmtpClient _shared = new SmtpClient("smtp.partner-clinic.cn");

            void M(MailMessage message)
            {
                var a = new SmtpClient("smtp.partner-clinic.cn", 587) { EnableSsl = true };
                var b = new SmtpClient("smtp.partner-clinic.cn", 587);
                b.EnableSsl = true;
                var local = new SmtpClient("localhost", 25);
                var pickup = new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = "/tmp/mail" };
                var ftp = (FtpWebRequest)WebRequest.Create("ftp://files.partner-clinic.cn/export.csv");
                ftp.EnableSsl = true;
            }
        }
        """);

    [Fact]
    public Task Fix_uses_https() => VerifyFix.VerifyFixAsync(Usings + """
        class C
        {
            Task M(HttpClient client) => client.GetAsync({|AIREG403:"http://api.partner-clinic.cn/patients"|});
        }
        """, Usings + """
        class C
        {
            Task M(HttpClient client) => client.GetAsync("https://api.partner-clinic.cn/patients");
        }
        """, equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.ClearTextProtocol, FixKind.Https));

    [Fact]
    public Task No_fix_for_ftp_and_telnet() => VerifyFix.VerifyNoFixAsync(Usings + """
        class C
        {
            object M() => WebRequest.Create({|AIREG403:"ftp://files.partner-clinic.cn/export.csv"|});
            string N() { var endpoint = {|AIREG403:"telnet://10.0.0.12:23"|}; return endpoint; }
        }
        """);

    [Fact]
    public Task Fix_all_https_and_ssl() => FixAll.VerifyAsync(Usings + """
        class C
        {
            private const string ReportServiceUrl = {|AIREG403:@"http://reports.partner-clinic.cn/api"|};

            async Task M(HttpClient client, MailMessage message, string id)
            {
                await client.GetAsync({|AIREG403:$"http://api.partner-clinic.cn/patients/{id}"|});
                using var smtp = {|AIREG403:new SmtpClient("smtp.partner-clinic.cn", 25)|};
                smtp.Send(message);
                var other = new SmtpClient("smtp.partner-clinic.cn")
                {
                    Port = 587,
                    {|AIREG403:EnableSsl = false|},
                };
                other.Send(message);
            }
        }
        """, Usings + """
        class C
        {
            private const string ReportServiceUrl = @"https://reports.partner-clinic.cn/api";

            async Task M(HttpClient client, MailMessage message, string id)
            {
                await client.GetAsync($"https://api.partner-clinic.cn/patients/{id}");
                using var smtp = new SmtpClient("smtp.partner-clinic.cn", 25) { EnableSsl = true };
                smtp.Send(message);
                var other = new SmtpClient("smtp.partner-clinic.cn")
                {
                    Port = 587,
                    EnableSsl = true,
                };
                other.Send(message);
            }
        }
        """);
}
