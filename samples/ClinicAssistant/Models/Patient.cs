using System;
using System.Collections.Generic;

namespace ClinicAssistant.Models;

public enum Gender
{
    Unspecified,
    Female,
    Male,
}

public class Patient
{
    public int Id { get; set; }

    public string FullName { get; set; } = "";

    /// <summary>Resident identity card number (居民身份证号码).</summary>
    public string IdNumber { get; set; } = "";

    public string PhoneNumber { get; set; } = "";

    public bool PhoneNumberConfirmed { get; set; }

    public string? Email { get; set; }

    public DateOnly DateOfBirth { get; set; }

    public Gender Gender { get; set; }

    public string? HomeAddress { get; set; }

    public string MemberNo { get; set; } = "";

    public List<Appointment> Appointments { get; set; } = new();
}
