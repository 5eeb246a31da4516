using System;
using System.Threading;
using System.Threading.Tasks;
using ClinicAssistant.Data;
using ClinicAssistant.Models;
using ClinicAssistant.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ClinicAssistant.Services;

public sealed class BookingService
{
    private readonly ClinicDbContext _db;
    private readonly ILogger<BookingService> _logger;
    private readonly AuditTrail _audit;

    public BookingService(ClinicDbContext db, ILogger<BookingService> logger, AuditTrail audit)
    {
        _db = db;
        _logger = logger;
        _audit = audit;
    }

    public async Task<Appointment> BookAsync(BookingRequest request, CancellationToken cancellationToken)
    {
        // Violation: the patient's identity card number goes to the log.
        _logger.LogInformation("Booking requested by {IdNumber} for {Department}", request.IdNumber, request.Department);

        var patient = await _db.Patients.FirstOrDefaultAsync(p => p.IdNumber == request.IdNumber, cancellationToken);
        if (patient is null)
        {
            patient = new Patient
            {
                FullName = request.FullName,
                IdNumber = request.IdNumber,
                PhoneNumber = request.PhoneNumber,
                Email = request.Email,
            };
            _db.Patients.Add(patient);

            // Violation: the audit wrapper writes to the log, and the phone number flows through a local.
            var contact = "tel:" + request.PhoneNumber.Trim();
            _audit.Record("patient-created", contact);
        }

        var appointment = new Appointment
        {
            Patient = patient,
            StartsAt = request.StartsAt,
            Department = request.Department,
            Symptoms = request.Symptoms,
        };
        _db.Appointments.Add(appointment);
        await _db.SaveChangesAsync(cancellationToken);

        // Compliant: identifiers that are not personal data, and a masked phone number.
        _logger.LogInformation(
            "Appointment {AppointmentId} booked in {Department}, confirmation to {Phone}, confirmed: {Confirmed}",
            appointment.Id,
            appointment.Department,
            Pii.Mask(patient.PhoneNumber),
            patient.PhoneNumberConfirmed);

        return appointment;
    }

    public async Task CancelAsync(int appointmentId, CancellationToken cancellationToken)
    {
        var appointment = await _db.Appointments.Include(a => a.Patient).SingleAsync(a => a.Id == appointmentId, cancellationToken);

        // Violation: the whole patient object is destructured into the log.
        _logger.LogWarning("Cancelling appointment {AppointmentId} of {@Patient}", appointment.Id, appointment.Patient);

        _db.Appointments.Remove(appointment);
        await _db.SaveChangesAsync(cancellationToken);
    }
}
