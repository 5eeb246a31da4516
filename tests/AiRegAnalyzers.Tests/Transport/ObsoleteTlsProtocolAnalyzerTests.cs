using System.Threading.Tasks;
using AiRegAnalyzers.CodeFixes.Transport;
using Xunit;
using AiRegAnalyzers.CodeFixes.Common;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Transport.ObsoleteTlsProtocolAnalyzer>;
using VerifyFix = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<
    AiRegAnalyzers.Transport.ObsoleteTlsProtocolAnalyzer,
    AiRegAnalyzers.CodeFixes.Transport.ObsoleteTlsProtocolCodeFixProvider>;


namespace AiRegAnalyzers.Tests.Transport;

public class ObsoleteTlsProtocolAnalyzerTests
{
    private const string Usings = """
        #pragma warning disable SYSLIB0014, SYSLIB0039
        using System.Net;
        using System.Net.Http;
        using System.Net.Security;
        using System.Security.Authentication;

        """;

    [Fact]
    public Task Each_obsolete_member_is_flagged() => Verify.VerifyAsync(Usings + """
        class C
        {
            void M(HttpClientHandler handler, SslClientAuthenticationOptions options)
            {
                handler.SslProtocols = {|AIREG402:SslProtocols.Tls|};
                handler.SslProtocols = {|AIREG402:SslProtocols.Tls11|};
                handler.SslProtocols = {|AIREG402:SslProtocols.Ssl3|};
                handler.SslProtocols = {|AIREG402:SslProtocols.Ssl2|};
                handler.SslProtocols = {|AIREG402:SslProtocols.Default|};
                options.EnabledSslProtocols = {|AIREG402:SslProtocols.Tls11 | SslProtocols.Tls12|};
                ServicePointManager.SecurityProtocol = {|AIREG402:SecurityProtocolType.Tls|};
                ServicePointManager.SecurityProtocol |= {|AIREG402:SecurityProtocolType.Tls11|};
                ServicePointManager.SecurityProtocol = {|AIREG402:SecurityProtocolType.Ssl3 | SecurityProtocolType.Tls | SecurityProtocolType.Tls12|};
            }
        }
        """);

    [Fact]
    public Task Modern_versions_checks_and_exclusions_are_not_flagged() => Verify.VerifyAsync(Usings + """
        class C
        {
            bool M(HttpClientHandler handler, SslStream stream, SslProtocols configured)
            {
                handler.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;
                handler.SslProtocols = SslProtocols.None;
                ServicePointManager.SecurityProtocol = SecurityProtocolType.SystemDefault;
                ServicePointManager.SecurityProtocol &= ~(SecurityProtocolType.Tls | SecurityProtocolType.Tls11);
                configured &= ~SslProtocols.Tls;
                if (stream.SslProtocol == SslProtocols.Tls || (configured & SslProtocols.Tls11) != 0)
                {
                    return false;
                }

                switch (stream.SslProtocol)
                {
                    case SslProtocols.Ssl3:
                        return false;
                }

                return stream.SslProtocol is not SslProtocols.Tls11;
            }
        }
        """);

    [Fact]
    public Task Fix_to_system_default() => VerifyFix.VerifyFixAsync(Usings + """
        class C
        {
            void M(HttpClientHandler handler)
            {
                handler.SslProtocols = {|AIREG402:SslProtocols.Tls | SslProtocols.Tls11|};
                ServicePointManager.SecurityProtocol = {|AIREG402:SecurityProtocolType.Tls|};
            }
        }
        """, Usings + """
        class C
        {
            void M(HttpClientHandler handler)
            {
                handler.SslProtocols = SslProtocols.None;
                ServicePointManager.SecurityProtocol = SecurityProtocolType.SystemDefault;
            }
        }
        """, equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.ObsoleteTlsProtocol, FixKind.SystemDefault));

    [Fact]
    public Task Fix_all_to_tls12_and_tls13() => VerifyFix.VerifyFixAllAsync(Usings + """
        class C
        {
            void M(HttpClientHandler handler, SslClientAuthenticationOptions options)
            {
                handler.SslProtocols = {|AIREG402:SslProtocols.Tls11|};
                options.EnabledSslProtocols = {|AIREG402:SslProtocols.Tls | SslProtocols.Tls12|};
                ServicePointManager.SecurityProtocol = {|AIREG402:SecurityProtocolType.Tls11|};
            }
        }
        """, Usings + """
        class C
        {
            void M(HttpClientHandler handler, SslClientAuthenticationOptions options)
            {
                handler.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;
                options.EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;
                ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;
            }
        }
        """, equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.ObsoleteTlsProtocol, FixKind.Tls12Tls13));
}
