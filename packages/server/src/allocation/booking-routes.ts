import {
  availabilitySchema,
  bookableSpaceListSchema,
  bookingCreatedSchema,
  bookingDeclineInputSchema,
  bookingInputSchema,
  bookingListSchema,
  bookingRangeQuerySchema,
  bookingSlotQuerySchema,
  can,
  idParamSchema,
  openingHoursInputSchema,
  openingHoursSchema,
  spaceBookingSchema,
} from '@seedbed/core';
import {
  cancelBooking,
  checkAvailability,
  confirmBooking,
  createBookings,
  declineBooking,
  findOpeningHours,
  listBookableSpaces,
  listSpaceBookings,
  saveOpeningHours,
} from '@seedbed/db';
import { answer } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

/**
 * Space booking (issue 18, "Disputes and allocation rules"): a community's spaces with their
 * opening hours, a space's bookings, the clash check the form calls as times are picked, booking
 * (with a weekly repeat), and confirming, declining and cancelling. Registered in app.ts.
 */
const route = routesOf('allocation');

const spaces = route({
  method: 'get',
  path: '/api/communities/{id}/bookable-spaces',
  summary: 'A community’s spaces with their opening hours, for booking',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(bookableSpaceListSchema, 'the spaces') },
});

const hours = route({
  method: 'get',
  path: '/api/spaces/{id}/opening-hours',
  summary: 'A space’s weekly opening hours (Shanghai time)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(openingHoursSchema, 'the hours') },
});

const saveHours = route({
  method: 'put',
  path: '/api/spaces/{id}/opening-hours',
  summary: 'Publish a space’s weekly opening hours (the whole week; empty = not published)',
  request: { params: idParamSchema, ...jsonBody(openingHoursInputSchema) },
  responses: { 200: jsonOk(openingHoursSchema, 'saved') },
});

const availability = route({
  method: 'get',
  path: '/api/spaces/{id}/availability',
  summary: 'The bookings in the way of a slot (and its weekly repeat), and occurrences outside the hours',
  request: { params: idParamSchema, query: bookingSlotQuerySchema },
  responses: { 200: jsonOk(availabilitySchema, 'what is in the way') },
});

const list = route({
  method: 'get',
  path: '/api/spaces/{id}/bookings',
  summary: 'A space’s bookings between two days (at most 92), every status',
  request: { params: idParamSchema, query: bookingRangeQuerySchema },
  responses: { 200: jsonOk(bookingListSchema, 'the bookings') },
});

const book = route({
  method: 'post',
  path: '/api/spaces/{id}/bookings',
  summary: 'Book a slot, weekly for N weeks: staff and the committee confirm at once, a leader requests',
  request: { params: idParamSchema, ...jsonBody(bookingInputSchema) },
  responses: {
    201: jsonOk(bookingCreatedSchema, 'booked'),
    409: { description: 'allocation.booking_clash: a confirmed booking holds an overlapping slot' },
  },
});

const confirm = route({
  method: 'post',
  path: '/api/space-bookings/{id}/confirm',
  summary: 'Confirm a requested booking (refused if a confirmed one overlaps)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(spaceBookingSchema, 'confirmed'), 409: { description: 'clash or already decided' } },
});

const decline = route({
  method: 'post',
  path: '/api/space-bookings/{id}/decline',
  summary: 'Decline a requested booking with a reason the team reads',
  request: { params: idParamSchema, ...jsonBody(bookingDeclineInputSchema) },
  responses: { 200: jsonOk(spaceBookingSchema, 'declined'), 409: { description: 'already decided' } },
});

const cancel = route({
  method: 'post',
  path: '/api/space-bookings/{id}/cancel',
  summary: 'Cancel a booking (the managers any, a leader their own team’s)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(spaceBookingSchema, 'cancelled'), 409: { description: 'already cancelled or declined' } },
});

export const allocationBookingRoutes = newRouter()
  .openapi(spaces, (c) =>
    answer(c, 'allocation.read', 200, (call) => listBookableSpaces(call, c.req.valid('param').id)),
  )
  .openapi(hours, (c) => answer(c, 'allocation.read', 200, (call) => findOpeningHours(call, c.req.valid('param').id)))
  .openapi(saveHours, (c) =>
    answer(c, 'allocation.hours.write', 200, (call) =>
      saveOpeningHours(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(availability, (c) =>
    answer(c, 'allocation.read', 200, (call) => checkAvailability(call, c.req.valid('param').id, c.req.valid('query'))),
  )
  .openapi(list, (c) =>
    answer(c, 'allocation.read', 200, (call) => listSpaceBookings(call, c.req.valid('param').id, c.req.valid('query'))),
  )
  .openapi(book, (c) =>
    answer(c, 'allocation.booking.create', 201, (call) =>
      createBookings(call, c.req.valid('param').id, c.req.valid('json'), {
        confirmNow: can(call.caller.role, 'allocation.booking.decide'),
      }),
    ),
  )
  .openapi(confirm, (c) =>
    answer(c, 'allocation.booking.decide', 200, (call) => confirmBooking(call, c.req.valid('param').id)),
  )
  .openapi(decline, (c) =>
    answer(c, 'allocation.booking.decide', 200, (call) =>
      declineBooking(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(cancel, (c) =>
    answer(c, 'allocation.booking.cancel', 200, (call) => cancelBooking(call, c.req.valid('param').id)),
  );
