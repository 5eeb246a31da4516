using Microsoft.Extensions.Logging;

namespace ClinicAssistant.Services;

/// <summary>Writes audit events to the application log (named in .editorconfig as a log method).</summary>
public sealed class AuditTrail
{
    private readonly ILogger<AuditTrail> _logger;

    public AuditTrail(ILogger<AuditTrail> logger) => _logger = logger;

    public void Record(string action, string subject) =>
        _logger.LogInformation("Audit {Action} on {Subject}", action, subject);
}
