using System;

namespace ClinicAssistant.Models;

public class Appointment
{
    public int Id { get; set; }

    public int PatientId { get; set; }

    public Patient? Patient { get; set; }

    public DateTime StartsAt { get; set; }

    public string Department { get; set; } = "";

    public string? Symptoms { get; set; }
}

public sealed record BookingRequest(string FullName, string IdNumber, string PhoneNumber, string? Email, DateTime StartsAt, string Department, string? Symptoms);
