using System.Threading;
using ClinicAssistant.Data;
using ClinicAssistant.Models;
using ClinicAssistant.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ClinicAssistant.Endpoints;

public static class PatientEndpoints
{
    public static IEndpointRouteBuilder MapClinicEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/appointments", async (BookingRequest request, BookingService booking, CancellationToken ct) =>
        {
            var appointment = await booking.BookAsync(request, ct);
            return Results.Created($"/appointments/{appointment.Id}", new { appointment.Id, appointment.StartsAt });
        });

        app.MapDelete("/appointments/{id:int}", async (int id, BookingService booking, CancellationToken ct) =>
        {
            await booking.CancelAsync(id, ct);
            return Results.NoContent();
        });

        app.MapGet("/patients/{id:int}", async (int id, ClinicDbContext db, ILoggerFactory loggers, CancellationToken ct) =>
        {
            var patient = await db.Patients.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
            if (patient is null)
            {
                return Results.NotFound();
            }

            // Violation: the date of birth is written to the log through a scope.
            var logger = loggers.CreateLogger("Patients");
            using (logger.BeginScope("Patient born {DateOfBirth}", patient.DateOfBirth))
            {
                logger.LogInformation("Patient {PatientId} viewed", patient.Id);
            }

            return Results.Ok(new { patient.Id, patient.FullName, patient.Gender });
        });

        return app;
    }
}
