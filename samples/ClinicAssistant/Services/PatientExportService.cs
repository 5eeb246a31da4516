using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ClinicAssistant.Data;
using ClinicAssistant.Models;
using Microsoft.EntityFrameworkCore;

namespace ClinicAssistant.Services;

/// <summary>Nightly CSV export of the day's patients for the insurer's batch upload.</summary>
public sealed class PatientExportService
{
    private readonly ClinicDbContext _db;

    public PatientExportService(ClinicDbContext db) => _db = db;

    public async Task<string> ExportAsync(DateOnly day, string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, $"patients-{day:yyyyMMdd}.csv");
        var from = day.ToDateTime(TimeOnly.MinValue);
        var to = from.AddDays(1);
        var patients = await _db.Appointments
            .Where(a => a.StartsAt >= from && a.StartsAt < to && a.Patient != null)
            .Select(a => a.Patient!)
            .Distinct()
            .ToListAsync(cancellationToken);

        // Violation (AIREG102): identity numbers and phone numbers land in a plain CSV file.
        await using var writer = new StreamWriter(path, append: false, Encoding.UTF8);
        await writer.WriteLineAsync("member_no,full_name,id_number,phone");
        foreach (var patient in patients)
        {
            var line = string.Join(",", patient.MemberNo, patient.FullName, patient.IdNumber, patient.PhoneNumber);
            await writer.WriteLineAsync(line);
        }

        return path;
    }

    public void WriteContactCard(Patient patient, string path)
    {
        if (string.IsNullOrWhiteSpace(patient.PhoneNumber))
        {
            // Violation (AIREG105): the exception message carries the identity number into logs and error pages.
            throw new InvalidOperationException($"Patient {patient.IdNumber} has no phone number on file");
        }

        // Violation (AIREG102): the home address is written to disk unencrypted.
        File.WriteAllText(path, patient.HomeAddress ?? string.Empty);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
        _ = patient.DateOfBirth.ToString("O", CultureInfo.InvariantCulture);
    }
}
