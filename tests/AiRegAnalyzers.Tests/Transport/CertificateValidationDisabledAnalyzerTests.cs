using System.Threading.Tasks;
using AiRegAnalyzers.CodeFixes.Transport;
using AiRegAnalyzers.Transport;
using Xunit;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Transport.CertificateValidationDisabledAnalyzer>;
using VerifyFix = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<
    AiRegAnalyzers.Transport.CertificateValidationDisabledAnalyzer,
    AiRegAnalyzers.CodeFixes.Transport.CertificateValidationDisabledCodeFixProvider>;


namespace AiRegAnalyzers.Tests.Transport;

public class CertificateValidationDisabledAnalyzerTests
{
    private const string Usings = """
        using System;
        using System.IO;
        using System.Net;
        using System.Net.Http;
        using System.Net.Security;
        using System.Security.Cryptography.X509Certificates;

        """;

    [Fact]
    public Task Lambda_on_HttpClientHandler_is_flagged() => Verify.VerifyAsync(Usings + """
        class C
        {
            HttpClient M()
            {
                var handler = new HttpClientHandler();
                {|AIREG401:handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true|};
                return new HttpClient(handler);
            }
        }
        """);

    [Fact]
    public Task Object_initializer_block_lambda_and_discards_are_flagged() => Verify.VerifyAsync(Usings + """
        class C
        {
            HttpClientHandler M() => new HttpClientHandler
            {
                {|AIREG401:ServerCertificateCustomValidationCallback = (_, _, _, _) => { return true; }|},
            };
        }
        """);

    [Fact]
    public Task DangerousAcceptAnyServerCertificateValidator_is_flagged() => Verify.VerifyAsync(Usings + """
        class C
        {
            HttpClientHandler M()
            {
                var handler = new HttpClientHandler();
                {|AIREG401:handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|};
                return handler;
            }

            object N() => {|AIREG401:HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|};
        }
        """);

    [Fact]
    public Task ServicePointManager_method_group_is_flagged() => Verify.VerifyAsync(Usings + """
        class C
        {
            static bool AcceptAll(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) => true;

            void M()
            {
                {|AIREG401:ServicePointManager.ServerCertificateValidationCallback = AcceptAll|};
                {|AIREG401:ServicePointManager.ServerCertificateValidationCallback += delegate { return true; }|};
            }

            void WebSocketAndWebRequest(System.Net.WebSockets.ClientWebSocket socket, HttpWebRequest request)
            {
                {|AIREG401:socket.Options.RemoteCertificateValidationCallback = (sender, certificate, chain, errors) => true|};
                {|AIREG401:request.ServerCertificateValidationCallback = AcceptAll|};
            }
        }
        """);

    [Fact]
    public Task SocketsHttpHandler_SslOptions_and_local_function_are_flagged() => Verify.VerifyAsync(Usings + """
        class C
        {
            SocketsHttpHandler M()
            {
                var handler = new SocketsHttpHandler();
                {|AIREG401:handler.SslOptions.RemoteCertificateValidationCallback = Accept|};
                return handler;

                static bool Accept(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
                {
                    if (errors == SslPolicyErrors.None)
                    {
                        return true;
                    }

                    return true;
                }
            }

            SslClientAuthenticationOptions N() => new SslClientAuthenticationOptions
            {
                TargetHost = "api.partner-clinic.cn",
                {|AIREG401:RemoteCertificateValidationCallback = (sender, certificate, chain, errors) => true|},
            };
        }
        """);

    [Fact]
    public Task SslStream_constructor_callback_is_flagged() => Verify.VerifyAsync(Usings + """
        class C
        {
            SslStream M(Stream inner) => new SslStream(inner, false, {|AIREG401:(sender, certificate, chain, errors) => true|});
        }
        """);

    [Fact]
    public Task Real_validation_is_not_flagged() => Verify.VerifyAsync(Usings + """
        class C
        {
            const string PinnedThumbprint = "0000000000000000000000000000000000000000";

            HttpClientHandler M(bool isDevelopment)
            {
                var handler = new HttpClientHandler();
                handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => errors == SslPolicyErrors.None;
                handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) =>
                {
                    if (errors == SslPolicyErrors.None)
                    {
                        return true;
                    }

                    return cert?.Thumbprint == PinnedThumbprint;
                };
                handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => isDevelopment;
                handler.ServerCertificateCustomValidationCallback = Validate;
                handler.ServerCertificateCustomValidationCallback = null;
                return handler;
            }

            static bool Validate(HttpRequestMessage message, X509Certificate2? cert, X509Chain? chain, SslPolicyErrors errors)
            {
                Func<bool> nested = () => true;
                return errors == SslPolicyErrors.None && nested();
            }

            // Accepting any client certificate on a server is mutual TLS policy, not server validation.
            SslServerAuthenticationOptions S() => new SslServerAuthenticationOptions { RemoteCertificateValidationCallback = (s, c, ch, e) => true };
        }
        """);

    [Fact]
    public Task Broken_code_does_not_throw() => Verify.VerifyAsync(Usings + """
        class C
        {
            void M()
            {
                var handler = new HttpClientHandler();
                handler.ServerCertificateCustomValidationCallback = {|CS0103:Missing|};
                handler.{|CS1061:NoSuchCallback|} = (a, b, c, d) => true;
            }
        }
        """);

    [Fact]
    public Task Fix_removes_the_assignment_statement() => VerifyFix.VerifyFixAsync(Usings + """
        class C
        {
            HttpClient M()
            {
                var handler = new HttpClientHandler();
                {|AIREG401:handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true|};
                return new HttpClient(handler);
            }
        }
        """, Usings + """
        class C
        {
            HttpClient M()
            {
                var handler = new HttpClientHandler();
                return new HttpClient(handler);
            }
        }
        """);

    [Fact]
    public Task Fix_removes_the_initializer_member_and_passes_null_to_SslStream() => VerifyFix.VerifyFixAllAsync(Usings + """
        class C
        {
            HttpClientHandler M() => new HttpClientHandler
            {
                {|AIREG401:ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|},
                UseCookies = false,
            };

            SslStream N(Stream inner) => new SslStream(inner, false, {|AIREG401:(sender, certificate, chain, errors) => true|});

            void O()
            {
                {|AIREG401:ServicePointManager.ServerCertificateValidationCallback = delegate { return true; }|};
            }
        }
        """, Usings + """
        class C
        {
            HttpClientHandler M() => new HttpClientHandler
            {
                UseCookies = false,
            };

            SslStream N(Stream inner) => new SslStream(inner, false, null);

            void O()
            {
            }
        }
        """);

    [Fact]
    public Task Callback_held_in_a_local_field_property_or_method_result_is_flagged() => Verify.VerifyAsync(Usings + """
        class C
        {
            private static readonly Func<HttpRequestMessage, X509Certificate2?, X509Chain?, SslPolicyErrors, bool> AcceptAll = (_, _, _, _) => true;

            private RemoteCertificateValidationCallback Lenient { get; } = delegate { return true; };

            private static Func<HttpRequestMessage, X509Certificate2?, X509Chain?, SslPolicyErrors, bool> CreateValidator() => (_, _, _, _) => true;

            void M(HttpClientHandler handler, SslClientAuthenticationOptions options)
            {
                Func<HttpRequestMessage, X509Certificate2?, X509Chain?, SslPolicyErrors, bool> trustAll = (_, _, _, _) => true;
                {|AIREG401:handler.ServerCertificateCustomValidationCallback = trustAll|};
                {|AIREG401:handler.ServerCertificateCustomValidationCallback = AcceptAll|};
                {|AIREG401:options.RemoteCertificateValidationCallback = Lenient|};
                {|AIREG401:handler.ServerCertificateCustomValidationCallback = CreateValidator()|};
            }
        }
        """);

    [Fact]
    public Task Checking_callback_in_a_local_or_field_is_not_flagged() => Verify.VerifyAsync(Usings + """
        class C
        {
            private Func<HttpRequestMessage, X509Certificate2?, X509Chain?, SslPolicyErrors, bool> _check = (_, _, _, errors) => errors == SslPolicyErrors.None;

            void M(HttpClientHandler handler, bool lenient)
            {
                Func<HttpRequestMessage, X509Certificate2?, X509Chain?, SslPolicyErrors, bool> check = (_, _, _, errors) => errors == SslPolicyErrors.None;
                handler.ServerCertificateCustomValidationCallback = check;
                handler.ServerCertificateCustomValidationCallback = _check;
            }

            void Reset() => _check = (_, _, _, _) => true;
        }
        """);

    [Fact]
    public Task Method_groups_whose_every_path_returns_true_are_flagged() => Verify.VerifyAsync(Usings + """
        class C
        {
            private static readonly Func<HttpRequestMessage, X509Certificate2?, X509Chain?, SslPolicyErrors, bool> Dangerous =
                {|AIREG401:HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|};

            static bool OrTrue(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) => errors == SslPolicyErrors.None || true;

            static bool EitherWay(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
            {
                if (errors == SslPolicyErrors.RemoteCertificateNameMismatch)
                {
                    Console.WriteLine("name mismatch, accepted");
                    return true;
                }

                return chain is null ? true : (true);
            }

            SslStream M(Stream inner, HttpClientHandler handler)
            {
                {|AIREG401:ServicePointManager.ServerCertificateValidationCallback = OrTrue|};
                {|AIREG401:ServicePointManager.ServerCertificateValidationCallback += new RemoteCertificateValidationCallback(EitherWay)|};
                handler.ServerCertificateCustomValidationCallback = Dangerous; // reported where the validator is read
                RemoteCertificateValidationCallback callback = EitherWay;
                return new SslStream(inner, leaveInnerStreamOpen: false, {|AIREG401:callback|});
            }

            SslStream N(Stream inner) => new SslStream(inner, false, {|AIREG401:OrTrue|}, null, EncryptionPolicy.RequireEncryption);
        }
        """);

    [Fact]
    public Task Callbacks_that_throw_pin_or_check_errors_are_not_flagged() => Verify.VerifyAsync(Usings + """
        class C
        {
            const string Pinned = "0000000000000000000000000000000000000000";

            static bool Strict(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
            {
                if (errors != SslPolicyErrors.None)
                {
                    throw new System.Security.Authentication.AuthenticationException(errors.ToString());
                }

                return true;
            }

            static bool Pin(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) =>
                errors == SslPolicyErrors.None || (certificate as X509Certificate2)?.Thumbprint == Pinned;

            static bool OrFalse(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) => errors == SslPolicyErrors.None || false;

            static bool Guarded(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) =>
                errors == SslPolicyErrors.None ? true : throw new System.Security.Authentication.AuthenticationException();

            SslStream M(Stream inner)
            {
                ServicePointManager.ServerCertificateValidationCallback = Strict;
                ServicePointManager.ServerCertificateValidationCallback = Pin;
                ServicePointManager.ServerCertificateValidationCallback = OrFalse;
                ServicePointManager.ServerCertificateValidationCallback = Guarded;
                var options = new SslClientAuthenticationOptions { TargetHost = "his.example.cn", RemoteCertificateValidationCallback = Strict };
                return new SslStream(inner, false, Pin);
            }
        }
        """);
}
