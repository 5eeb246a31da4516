using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Security.Authentication;
using System.Threading;
using System.Threading.Tasks;

namespace ClinicAssistant.Integrations;

/// <summary>Fetches laboratory results for a patient from the partner lab's API.</summary>
public sealed class LabResultsClient : IDisposable
{
    // Violation (AIREG403): patient lab results travel over plain HTTP.
    private const string LabApiUrl = "http://lab-api.partner-lab.cn/v2/";

    // Compliant: loopback during local development, XML namespace of the result documents.
    private const string LocalLabSimulatorUrl = "http://localhost:5080/v2/";
    private const string ResultDocumentNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    private readonly HttpClient _http;

    public LabResultsClient(bool useSimulator)
    {
        var handler = new HttpClientHandler();

        // Violation (AIREG401): "temporary" workaround for the lab's expired certificate.
        handler.ServerCertificateCustomValidationCallback = (request, certificate, chain, errors) => true;

        // Violation (AIREG402): TLS 1.1 kept enabled for the lab's old load balancer.
        handler.SslProtocols = SslProtocols.Tls11 | SslProtocols.Tls12;

        _http = new HttpClient(handler) { BaseAddress = new Uri(useSimulator ? LocalLabSimulatorUrl : LabApiUrl) };
    }

    public static string ResultSchema => ResultDocumentNamespace;

    public Task<LabResult[]?> GetResultsAsync(int patientId, CancellationToken ct) =>
        _http.GetFromJsonAsync<LabResult[]>($"patients/{patientId}/results", ct);

    public void Dispose() => _http.Dispose();
}

public sealed record LabResult(string Test, string Value, DateTimeOffset CollectedAt);
