using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
using ClinicAssistant.Models;

namespace ClinicAssistant.Services;

/// <summary>Checks a patient's medical-insurance coverage with the regional insurance platform.</summary>
public sealed class InsuranceClient
{
    private readonly HttpClient _http;

    public InsuranceClient(HttpClient http) => _http = http;

    public async Task<CoverageResult?> CheckCoverageAsync(Patient patient, CancellationToken cancellationToken)
    {
        // Violation (AIREG104): the identity number goes into the query string, so it ends up in
        // the insurer's access logs, proxies and any Referer header.
        var url = $"/api/coverage?idNumber={Uri.EscapeDataString(patient.IdNumber)}&name={patient.FullName}";
        return await _http.GetFromJsonAsync<CoverageResult>(url, cancellationToken);
    }

    public Task<HttpResponseMessage> ReportVisitAsync(Appointment appointment, CancellationToken cancellationToken) =>
        _http.PostAsJsonAsync("/api/visits", new { appointment.Id, appointment.Department, appointment.StartsAt }, cancellationToken);
}

public sealed record CoverageResult(bool Covered, decimal RemainingQuota);
